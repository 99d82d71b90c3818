using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>An order as the queue sees it on release.</summary>
public sealed record OrderQueueRequest(Guid OrderId, string? Number, QueuePriority Priority, DateOnly? DueDate, IReadOnlyList<OrderQueueLine> Lines);
