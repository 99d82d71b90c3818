using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Orders;
using Printernizer.Application.Orders.Commands.ChangeOrderStatus;
using Printernizer.Application.Orders.Commands.CreateOrder;
using Printernizer.Application.Orders.Commands.ReleaseOrder;
using Printernizer.Application.Orders.Commands.UpdateOrder;
using Printernizer.Application.Orders.Queries.GetOrder;
using Printernizer.Application.Orders.Queries.ListOrders;

namespace Printernizer.Api.Controllers;

/// <summary>
/// Production orders: numbers gapless per Berlin year (<c>2026-0042</c>), flow draft → released → in_production → completed →
/// delivered (or cancelled), progress from linked jobs, quoted price next to the actual cost. Changes stream as SSE <c>order.updated</c>.
/// </summary>
[Route("api/v1/orders")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class OrdersController : ApiControllerBase
{
    /// <summary>Orders, newest number first, filtered by customer or status.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<OrderDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<OrderDto>> List([FromQuery] ListOrdersQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>One order with lines, progress and costs.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<OrderDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetOrderQuery(id), cancellationToken);

    /// <summary>
    /// Creates a draft order with the next number. Send an <c>Idempotency-Key</c> header to make retries safe: the same key with
    /// the same body returns the same order again (201, header <c>Idempotent-Replayed: true</c>); with another body it is a 409.
    /// </summary>
    [HttpPost]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<OrderDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<OrderDto>> Create(
        CreateOrderCommand command,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(command with { IdempotencyKey = idempotencyKey }, cancellationToken);
        if (result.Replayed)
        {
            Response.Headers["Idempotent-Replayed"] = "true";
        }

        return CreatedAtAction(nameof(Get), new { id = result.Order.Id }, result.Order);
    }

    /// <summary>Replaces a draft order's fields and lines (409 once released). Audit-logged.</summary>
    [HttpPut("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<OrderDto> Update(Guid id, UpdateOrderCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>
    /// Releases a draft for production: the queue gets one item per copy of each line. 409 when the order is not a draft,
    /// and 409 (<c>code: order_lines_not_printable</c>, <c>lines: [{lineNo, fileName, reason}]</c>) when a line has no
    /// printable file (none chosen from the library, or no local copy) — nothing is released then.
    /// </summary>
    [HttpPost("{id:guid}/release")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<OrderDto> Release(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new ReleaseOrderCommand(id), cancellationToken);

    /// <summary>Moves the order to <c>status</c> (<c>in_production</c>, <c>completed</c>, <c>delivered</c>, <c>cancelled</c>, ...); 409 for a step the flow does not allow.</summary>
    [HttpPost("{id:guid}/status")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<OrderDto> ChangeStatus(Guid id, ChangeOrderStatusCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);
}
