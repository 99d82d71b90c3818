using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>A queue item (<c>GET /api/v1/queue</c>, SSE <c>queue.updated</c>).</summary>
public sealed record QueueItemDto
{
    public Guid Id { get; init; }

    public Guid? OrderId { get; init; }

    /// <example>1</example>
    public int? OrderLineNo { get; init; }

    /// <summary>The order's number (null for ad-hoc items).</summary>
    /// <example>A-2026-0042</example>
    public string? OrderNumber { get; init; }

    /// <summary>The name of the order's customer, when the order has one.</summary>
    /// <example>Müller Modellbau</example>
    public string? CustomerName { get; init; }

    public Guid FileId { get; init; }

    /// <example>Halterung_v3.gcode.3mf</example>
    public required string FileName { get; init; }

    /// <example>PLA</example>
    public string? MaterialType { get; init; }

    /// <example>#1E88E5</example>
    public string? ColorHex { get; init; }

    /// <example>queued</example>
    public QueueItemStatus Status { get; init; }

    public Guid? PrinterId { get; init; }

    /// <example>normal</example>
    public QueuePriority Priority { get; init; }

    /// <example>2026-11-28</example>
    public DateOnly? DueDate { get; init; }

    /// <summary>Manual position (after priority and due date).</summary>
    /// <example>3</example>
    public int Position { get; init; }

    /// <summary>The slicer's estimate.</summary>
    /// <example>5400</example>
    public int? EstimatedSeconds { get; init; }

    /// <summary>The slicer's estimate corrected by what the assigned printer actually took on past jobs.</summary>
    /// <example>6048</example>
    public int? PredictedSeconds { get; init; }

    /// <example>The printer refused the upload: File already exists.</example>
    public string? FailureReason { get; init; }

    public Guid? JobId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public static QueueItemDto From(QueueItem item, int? predictedSeconds, QueueOrderLabel? order = null) => new()
    {
        Id = item.Id,
        OrderId = item.OrderId,
        OrderLineNo = item.OrderLineNo,
        OrderNumber = order?.Number,
        CustomerName = order?.CustomerName,
        FileId = item.FileId,
        FileName = item.FileName,
        MaterialType = item.MaterialType,
        ColorHex = item.ColorHex,
        Status = item.Status,
        PrinterId = item.PrinterId,
        Priority = item.Priority,
        DueDate = item.DueDate,
        Position = item.Position,
        EstimatedSeconds = item.EstimatedSeconds,
        PredictedSeconds = predictedSeconds,
        FailureReason = item.FailureReason,
        JobId = item.JobId,
        CreatedAt = item.CreatedAt,
        UpdatedAt = item.UpdatedAt,
    };
}
