namespace Printernizer.Domain.Jobs;

/// <summary>One print on one printer, recorded exactly once from the printer's status stream.</summary>
public sealed class PrintJob
{
    public Guid Id { get; init; }
    public Guid PrinterId { get; init; }
    /// <summary>The printer's own identity of the job (Bambu task_id/subtask, Prusa job id).</summary>
    public required string ExternalId { get; init; }
    public required string Name { get; set; }
    public string? FileName { get; set; }
    public string? FilePath { get; set; }
    public JobStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>True when the job ended while Printernizer was not watching and <see cref="EndedAt"/> is a best guess.</summary>
    public bool EndTimeEstimated { get; set; }
    public int? EstimatedSeconds { get; set; }
    public int PausedSeconds { get; set; }
    public DateTimeOffset? PausedSince { get; set; }
    public decimal ProgressPercent { get; set; }
    public int? RemainingSeconds { get; set; }
    public int? CurrentLayer { get; set; }
    public int? TotalLayers { get; set; }
    public string? MaterialType { get; set; }
    public decimal? MaterialEstimatedGrams { get; set; }
    public decimal? MaterialUsedGrams { get; set; }
    public JobCategory Category { get; set; }
    public Guid? CustomerId { get; set; }
    public Guid? OrderId { get; set; }
    public Guid? SpoolId { get; set; }
    public string? Notes { get; set; }
    /// <summary>Last time a status for this job was seen (for outage detection and estimated end times).</summary>
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsOpen => Status is JobStatus.Printing or JobStatus.Paused;

    /// <summary>Wall-clock duration from start to end (or to <paramref name="now"/> while open), in whole seconds.</summary>
    public int ActualSeconds(DateTimeOffset now) =>
        (int)Math.Max(0, Math.Round(((EndedAt ?? now) - StartedAt).TotalSeconds, MidpointRounding.AwayFromZero));

    /// <summary>Paused time including a pause still running at <paramref name="now"/>.</summary>
    public int TotalPausedSeconds(DateTimeOffset now) =>
        PausedSeconds + (PausedSince is { } since ? (int)Math.Max(0, ((EndedAt ?? now) - since).TotalSeconds) : 0);
}
