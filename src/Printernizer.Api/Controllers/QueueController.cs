using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Printernizer.Api.Security;
using Printernizer.Application.Queue;
using Printernizer.Application.Queue.Commands.AddQueueItems;
using Printernizer.Application.Queue.Commands.AssignQueueItem;
using Printernizer.Application.Queue.Commands.AttachQueueItemToOrder;
using Printernizer.Application.Queue.Commands.CancelQueueItem;
using Printernizer.Application.Queue.Commands.DispatchQueueItem;
using Printernizer.Application.Queue.Commands.MoveQueueItem;
using Printernizer.Application.Queue.Commands.RequeueQueueItem;
using Printernizer.Application.Queue.Queries.GetQueueItem;
using Printernizer.Application.Queue.Queries.ListQueue;
using Printernizer.Application.Queue.Queries.ListPlateStates;
using Printernizer.Application.Queue.Queries.ListQueueCandidates;

namespace Printernizer.Api.Controllers;

/// <summary>The print queue: copies waiting for a printer, assignment with reasons, dispatch to printers.</summary>
[Route("api/v1/queue")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class QueueController : ApiControllerBase
{
    /// <summary>Open items in queue order (priority, due date, manual position), then items closed in the last <paramref name="closedDays"/> days.</summary>
    /// <param name="closedDays">How far back closed items (done, failed, cancelled) are listed (default 7).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<QueueItemDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<QueueItemDto>> List([FromQuery] int closedDays = 7, CancellationToken cancellationToken = default) =>
        await Mediator.Send(new ListQueueQuery(closedDays), cancellationToken);

    /// <summary>Queues copies of a file (ad hoc, without an order). Releasing an order queues its copies automatically.</summary>
    [HttpPost]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<IReadOnlyList<QueueItemDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<IReadOnlyList<QueueItemDto>>> Add(AddQueueItemsCommand command, CancellationToken cancellationToken)
    {
        var items = await Mediator.Send(command, cancellationToken);
        return Created("/api/v1/queue", items);
    }

    /// <summary>Per printer: whether its plate was confirmed cleared since the last job (dispatch needs it).</summary>
    [HttpGet("plates")]
    [ProducesResponseType<IReadOnlyList<PlateStateDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<PlateStateDto>> Plates(CancellationToken cancellationToken) =>
        await Mediator.Send(new ListPlateStatesQuery(), cancellationToken);

    /// <summary>One queue item.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<QueueItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<QueueItemDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetQueueItemQuery(id), cancellationToken);

    /// <summary>
    /// Every active printer ranked for the item, with reasons in plain words. Hard rules: format, sliced-for model,
    /// loaded material/colour, idle, plate cleared. Soft scores: queue length, predicted finish, success rate.
    /// </summary>
    [HttpGet("{id:guid}/candidates")]
    [ProducesResponseType<IReadOnlyList<QueueCandidateDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<QueueCandidateDto>> Candidates(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new ListQueueCandidatesQuery(id), cancellationToken);

    /// <summary>Assigns a waiting item to a printer. 422 when the file does not suit the printer (format or model); 409 when the item is not waiting.</summary>
    [HttpPost("{id:guid}/assign")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<QueueItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<QueueItemDto> Assign(Guid id, AssignQueueItemCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>
    /// Uploads the assigned item's file to its printer and starts it (Bambu: FTPS + project_file; Prusa: PUT with
    /// Print-After-Upload). The body is optional. 409 (problem+json with <c>code</c>, <c>printerId</c> and <c>problems</c>)
    /// when the plate was not confirmed cleared since the last job (<c>plate_not_cleared</c>: confirm it first), when the
    /// printer is busy, or when a blocking problem remains such as material not loaded or the printer offline
    /// (<c>dispatch_blocked</c>, <c>overridable: true</c>): send <c>{"override": true, "reason": "..."}</c> to dispatch
    /// anyway; the override is written to the audit log with the problems and the reason. 422 when the file does not
    /// suit the printer (format, model); 502/503 when the printer refuses or cannot be reached (the item is then failed
    /// with the reason and can be requeued).
    /// </summary>
    [HttpPost("{id:guid}/dispatch")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<QueueItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<QueueItemDto> Dispatch(Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DispatchQueueItemCommand? command, CancellationToken cancellationToken) =>
        await Mediator.Send((command ?? new DispatchQueueItemCommand()) with { Id = id }, cancellationToken);

    /// <summary>
    /// Attaches an ad-hoc item to a line of a released or in-production order (without <c>lineNo</c>: the line that
    /// prints the item's file, else the first). 400 for an unknown order or line; 409 when the item belongs to an order
    /// already, was cancelled, or the order is not released. Audit-logged.
    /// </summary>
    [HttpPost("{id:guid}/order")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<QueueItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<QueueItemDto> AttachToOrder(Guid id, AttachQueueItemToOrderCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Moves a waiting item to a position (1 = first) among waiting items; returns the waiting items in their new order.</summary>
    [HttpPost("{id:guid}/move")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<IReadOnlyList<QueueItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IReadOnlyList<QueueItemDto>> Move(Guid id, MoveQueueItemCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Cancels a waiting or failed item. 409 once it is on a printer (stop the print there instead).</summary>
    [HttpPost("{id:guid}/cancel")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<QueueItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<QueueItemDto> Cancel(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new CancelQueueItemCommand(id), cancellationToken);

    /// <summary>Puts a failed or cancelled item back in the queue (unassigned). 409 for other states.</summary>
    [HttpPost("{id:guid}/requeue")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<QueueItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<QueueItemDto> Requeue(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new RequeueQueueItemCommand(id), cancellationToken);
}
