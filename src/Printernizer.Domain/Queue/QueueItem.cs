namespace Printernizer.Domain.Queue;

/// <summary>One copy of one file waiting for, or going through, a printer.</summary>
public sealed class QueueItem
{
    public Guid Id { get; init; }
    public Guid? OrderId { get; set; }
    public int? OrderLineNo { get; set; }
    public Guid FileId { get; init; }
    public required string FileName { get; init; }
    public string? MaterialType { get; init; }
    public string? ColorHex { get; init; }
    public QueueItemStatus Status { get; set; }
    public Guid? PrinterId { get; set; }
    public QueuePriority Priority { get; set; } = QueuePriority.Normal;
    public DateOnly? DueDate { get; set; }
    public int Position { get; set; }
    /// <summary>The slicer's estimate in seconds (when the file says).</summary>
    public int? EstimatedSeconds { get; set; }
    public string? FailureReason { get; set; }
    public Guid? JobId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    public bool IsOpen => Status is QueueItemStatus.Queued or QueueItemStatus.Assigned or QueueItemStatus.Dispatching or QueueItemStatus.Printing;

    /// <summary>Items waiting for a printer or for dispatch (may still be reordered, reassigned or cancelled).</summary>
    public bool IsWaiting => Status is QueueItemStatus.Queued or QueueItemStatus.Assigned;

    /// <summary>Queue order: priority (highest first), due date (earliest first, none last), then manual position.</summary>
    public static IOrderedEnumerable<QueueItem> InQueueOrder(IEnumerable<QueueItem> items) =>
        items.OrderByDescending(i => i.Priority)
            .ThenBy(i => i.DueDate ?? DateOnly.MaxValue)
            .ThenBy(i => i.Position)
            .ThenBy(i => i.CreatedAt);
}
