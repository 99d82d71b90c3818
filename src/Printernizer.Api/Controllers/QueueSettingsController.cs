using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Queue;
using Printernizer.Application.Queue.Commands.UpdateQueueSettings;
using Printernizer.Application.Queue.Queries.GetEstimateAccuracy;
using Printernizer.Application.Queue.Queries.GetQueueSettings;

namespace Printernizer.Api.Controllers;

/// <summary>Queue settings and print time estimate analytics.</summary>
[Route("api/v1")]
public sealed class QueueSettingsController : ApiControllerBase
{
    /// <summary>Queue settings (auto-assignment).</summary>
    [HttpGet("settings/queue")]
    [Authorize(Policy = ScopePolicies.Read)]
    [ProducesResponseType<QueueSettingsDto>(StatusCodes.Status200OK)]
    public async Task<QueueSettingsDto> Get(CancellationToken cancellationToken) =>
        await Mediator.Send(new GetQueueSettingsQuery(), cancellationToken);

    /// <summary>Changes the queue settings; with auto-assignment on, waiting items go to their top candidate right away.</summary>
    [HttpPut("settings/queue")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<QueueSettingsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<QueueSettingsDto> Update(UpdateQueueSettingsCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command, cancellationToken);

    /// <summary>
    /// Mean absolute percentage error of the slicer's print time estimate and of the learned estimate over completed
    /// jobs (each job predicted only from jobs that ended before it), and the learned factor per printer.
    /// </summary>
    [HttpGet("analytics/estimates")]
    [Authorize(Policy = ScopePolicies.Read)]
    [ProducesResponseType<LearnedEstimateAccuracyDto>(StatusCodes.Status200OK)]
    public async Task<LearnedEstimateAccuracyDto> Estimates(CancellationToken cancellationToken) =>
        await Mediator.Send(new GetEstimateAccuracyQuery(), cancellationToken);
}
