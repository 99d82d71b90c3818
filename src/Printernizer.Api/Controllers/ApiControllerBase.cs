using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Printernizer.Api.Controllers;

/// <summary>Base of every API controller: JSON in and out, problem+json for errors.</summary>
[ApiController]
[Produces("application/json")]
[ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status500InternalServerError, "application/problem+json")]
public abstract class ApiControllerBase : ControllerBase
{
    private IMediator? _mediator;

    protected IMediator Mediator => _mediator ??= HttpContext.RequestServices.GetRequiredService<IMediator>();
}
