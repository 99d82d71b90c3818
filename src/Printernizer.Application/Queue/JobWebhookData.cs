using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Queue;

/// <summary>The <c>data</c> of job webhook events.</summary>
public sealed record JobWebhookData
{
    public Guid JobId { get; init; }
    public Guid PrinterId { get; init; }
    public string? PrinterName { get; init; }
    public required string Name { get; init; }
    public string? FileName { get; init; }
    public JobStatus Status { get; init; }
    public decimal ProgressPercent { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public int? EstimatedSeconds { get; init; }
    public int? RemainingSeconds { get; init; }
    public int ActualSeconds { get; init; }
    public Guid? OrderId { get; init; }
    public Guid? QueueItemId { get; init; }

    public static JobWebhookData From(PrintJob job, string? printerName, Guid? orderId, Guid? queueItemId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new JobWebhookData
        {
            JobId = job.Id,
            PrinterId = job.PrinterId,
            PrinterName = printerName,
            Name = job.Name,
            FileName = job.FileName,
            Status = job.Status,
            ProgressPercent = job.ProgressPercent,
            StartedAt = job.StartedAt,
            EndedAt = job.EndedAt,
            EstimatedSeconds = job.EstimatedSeconds,
            RemainingSeconds = job.IsOpen ? job.RemainingSeconds : null,
            ActualSeconds = job.ActualSeconds(now),
            OrderId = orderId ?? job.OrderId,
            QueueItemId = queueItemId,
        };
    }
}
