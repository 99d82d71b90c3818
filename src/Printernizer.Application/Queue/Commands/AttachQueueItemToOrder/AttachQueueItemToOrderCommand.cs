using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Queue.Commands.AttachQueueItemToOrder;

/// <summary>
/// <c>POST /api/v1/queue/{id}/order</c>: an ad-hoc queue item becomes a copy of an order line (released or in production).
/// Without <see cref="LineNo"/> the line that prints the item's file is taken, else the first line. A job the item already
/// printed is linked to the order too.
/// </summary>
public sealed record AttachQueueItemToOrderCommand : IRequest<QueueItemDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    /// <example>1</example>
    public int? LineNo { get; init; }
}
