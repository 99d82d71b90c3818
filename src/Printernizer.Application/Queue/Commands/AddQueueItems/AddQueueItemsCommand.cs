using MediatR;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.AddQueueItems;

/// <summary><c>POST /api/v1/queue</c>: queues copies of any file (ad hoc, without an order).</summary>
public sealed record AddQueueItemsCommand : IRequest<IReadOnlyList<QueueItemDto>>
{
    public Guid FileId { get; init; }

    /// <summary>How many copies (one queue item each).</summary>
    /// <example>2</example>
    public int Copies { get; init; } = 1;

    /// <example>normal</example>
    public QueuePriority Priority { get; init; } = QueuePriority.Normal;

    /// <example>2026-11-28</example>
    public DateOnly? DueDate { get; init; }

    /// <summary>Material needed (defaults to the file's).</summary>
    /// <example>PLA</example>
    public string? MaterialType { get; init; }

    /// <example>#1E88E5</example>
    public string? ColorHex { get; init; }
}
