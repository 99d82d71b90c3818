using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Queue.Commands.MoveQueueItem;

/// <summary>
/// <c>POST /api/v1/queue/{id}/move</c>: puts a waiting item at <see cref="Position"/> (1 = first) among the waiting items.
/// Priority and due date still come first; the manual position orders items of equal priority and due date.
/// </summary>
public sealed record MoveQueueItemCommand : IRequest<IReadOnlyList<QueueItemDto>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <example>1</example>
    public int Position { get; init; }
}
