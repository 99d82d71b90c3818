using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Application.Diagnostics.Queries.GetHealth;

namespace Printernizer.Api.Controllers;

/// <summary>Health for monitoring and container checks (public).</summary>
[Route("api/v1/health")]
[AllowAnonymous]
public sealed class HealthController : ApiControllerBase
{
    /// <summary>Is Printernizer up? Database state and connected printers.</summary>
    [HttpGet]
    [ProducesResponseType<HealthDto>(StatusCodes.Status200OK)]
    public async Task<HealthDto> Get(CancellationToken cancellationToken) => await Mediator.Send(new GetHealthQuery(), cancellationToken);
}
