using System.Globalization;
using Printernizer.Domain.Queue;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Queue;

/// <summary>A queue_items row as Dapper reads it.</summary>
internal sealed class QueueItemRow
{
    public const string Columns =
        """
        SELECT id AS Id, order_id AS OrderId, order_line_no AS OrderLineNo, file_id AS FileId, file_name AS FileName,
               material_type AS MaterialType, color_hex AS ColorHex, status AS Status, printer_id AS PrinterId, priority AS Priority,
               due_date AS DueDate, position AS Position, estimated_seconds AS EstimatedSeconds, failure_reason AS FailureReason,
               job_id AS JobId, created_at AS CreatedAt, updated_at AS UpdatedAt, dispatched_at AS DispatchedAt, ended_at AS EndedAt
        FROM queue_items
        """;

    public Guid Id { get; init; }
    public string? OrderId { get; init; }
    public long? OrderLineNo { get; init; }
    public Guid FileId { get; init; }
    public string FileName { get; init; } = "";
    public string? MaterialType { get; init; }
    public string? ColorHex { get; init; }
    public string Status { get; init; } = "";
    public string? PrinterId { get; init; }
    public string Priority { get; init; } = "normal";
    public string? DueDate { get; init; }
    public long Position { get; init; }
    public long? EstimatedSeconds { get; init; }
    public string? FailureReason { get; init; }
    public string? JobId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    public static object Parameters(QueueItem item) => new
    {
        item.Id,
        OrderId = item.OrderId?.ToString("D"),
        OrderLineNo = item.OrderLineNo,
        FileId = item.FileId,
        item.FileName,
        item.MaterialType,
        item.ColorHex,
        Status = EnumText.ToText(item.Status),
        PrinterId = item.PrinterId?.ToString("D"),
        Priority = EnumText.ToText(item.Priority),
        DueDate = item.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        item.Position,
        item.EstimatedSeconds,
        item.FailureReason,
        JobId = item.JobId?.ToString("D"),
        item.CreatedAt,
        item.UpdatedAt,
        item.DispatchedAt,
        item.EndedAt,
    };

    public QueueItem ToItem() => new()
    {
        Id = Id,
        OrderId = OrderId is null ? null : Guid.Parse(OrderId, CultureInfo.InvariantCulture),
        OrderLineNo = (int?)OrderLineNo,
        FileId = FileId,
        FileName = FileName,
        MaterialType = MaterialType,
        ColorHex = ColorHex,
        Status = EnumText.Parse<QueueItemStatus>(Status),
        PrinterId = PrinterId is null ? null : Guid.Parse(PrinterId, CultureInfo.InvariantCulture),
        Priority = EnumText.Parse<QueuePriority>(Priority),
        DueDate = DueDate is null ? null : DateOnly.ParseExact(DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Position = (int)Position,
        EstimatedSeconds = (int?)EstimatedSeconds,
        FailureReason = FailureReason,
        JobId = JobId is null ? null : Guid.Parse(JobId, CultureInfo.InvariantCulture),
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        DispatchedAt = DispatchedAt,
        EndedAt = EndedAt,
    };
}
