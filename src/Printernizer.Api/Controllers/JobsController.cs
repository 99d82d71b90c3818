using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Jobs;
using Printernizer.Application.Jobs.Commands.UpdateJob;
using Printernizer.Application.Jobs.Queries.GetJob;
using Printernizer.Application.Jobs.Queries.ListJobs;

namespace Printernizer.Api.Controllers;

/// <summary>Print job history, recorded from the printers' status.</summary>
[Route("api/v1/jobs")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class JobsController : ApiControllerBase
{
    /// <summary>Jobs with filters (printer, status, category, Berlin-date period, search), sorting and paging.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<JobDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<JobDto>> List([FromQuery] ListJobsQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>One job with its timeline.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<JobDetailDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<JobDetailDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetJobQuery(id), cancellationToken);

    /// <summary>Sets category, customer, notes, material used or spool. Fields left out stay unchanged.</summary>
    [HttpPatch("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<JobDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<JobDto> Update(Guid id, UpdateJobCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);
}
