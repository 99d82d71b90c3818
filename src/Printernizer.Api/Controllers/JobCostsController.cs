using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Costs;
using Printernizer.Application.Costs.Commands.CategorizeJobs;
using Printernizer.Application.Costs.Commands.RecalculateJobCost;
using Printernizer.Application.Costs.Queries.GetJobCostVersions;

namespace Printernizer.Api.Controllers;

/// <summary>Frozen job costs, their revisions and bulk categorization (business.md §3, §5.2).</summary>
[Route("api/v1/jobs")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class JobCostsController : ApiControllerBase
{
    /// <summary>Every cost revision of a job, newest first (older ones are superseded). Empty while the job prints.</summary>
    [HttpGet("{id:guid}/cost/versions")]
    [ProducesResponseType<IReadOnlyList<JobCostVersionDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<JobCostVersionDto>> Versions(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetJobCostVersionsQuery(id), cancellationToken);

    /// <summary>Re-prices an ended job with the current rates as a new revision (reason required; audit-logged).</summary>
    [HttpPost("{id:guid}/cost/recalculate")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<JobCostVersionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<JobCostVersionDto> Recalculate(Guid id, RecalculateJobCostCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Sets the category of many jobs (audit-logged; ended jobs with a frozen cost get a new revision).</summary>
    [HttpPost("categorize")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<CategorizeJobsResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CategorizeJobsResult> Categorize(CategorizeJobsCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command, cancellationToken);
}
