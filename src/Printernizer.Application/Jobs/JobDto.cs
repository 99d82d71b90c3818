using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs;

/// <summary>A print job as the API shows it (shared/api.md).</summary>
public sealed record JobDto
{
    public Guid Id { get; init; }
    public Guid PrinterId { get; init; }

    /// <example>A1 Werkstatt</example>
    public string? PrinterName { get; init; }

    /// <example>Halterung v3</example>
    public required string Name { get; init; }

    /// <example>halterung_v3.gcode.3mf</example>
    public string? FileName { get; init; }

    /// <example>printing</example>
    public JobStatus Status { get; init; }

    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>True when the job ended while Printernizer was not running and the end time is a best guess.</summary>
    public bool EndTimeEstimated { get; init; }

    /// <example>5400</example>
    public int? EstimatedSeconds { get; init; }

    /// <example>5712</example>
    public int ActualSeconds { get; init; }

    public int PausedSeconds { get; init; }

    /// <example>42.5</example>
    public decimal ProgressPercent { get; init; }

    public int? RemainingSeconds { get; init; }
    public int? CurrentLayer { get; init; }
    public int? TotalLayers { get; init; }

    /// <example>PLA</example>
    public string? MaterialType { get; init; }

    /// <example>38.2</example>
    public decimal? MaterialEstimatedGrams { get; init; }

    public decimal? MaterialUsedGrams { get; init; }

    /// <example>business</example>
    public JobCategory Category { get; init; }

    public Guid? CustomerId { get; init; }
    public Guid? OrderId { get; init; }
    public Guid? SpoolId { get; init; }
    public string? Notes { get; init; }

    /// <summary>Cost breakdown in EUR, rounded to cents: the latest frozen revision, or live (version 0, frozenAt null) while printing.</summary>
    public JobCostDto? Cost { get; init; }

    public static JobDto From(PrintJob job, string? printerName, DateTimeOffset now, JobCostDto? cost = null) => new()
    {
        Id = job.Id,
        PrinterId = job.PrinterId,
        PrinterName = printerName,
        Name = job.Name,
        FileName = job.FileName,
        Status = job.Status,
        StartedAt = job.StartedAt,
        EndedAt = job.EndedAt,
        EndTimeEstimated = job.EndTimeEstimated,
        EstimatedSeconds = job.EstimatedSeconds,
        ActualSeconds = job.ActualSeconds(now),
        PausedSeconds = job.TotalPausedSeconds(now),
        ProgressPercent = job.ProgressPercent,
        RemainingSeconds = job.IsOpen ? job.RemainingSeconds : null,
        CurrentLayer = job.CurrentLayer,
        TotalLayers = job.TotalLayers,
        MaterialType = job.MaterialType,
        MaterialEstimatedGrams = job.MaterialEstimatedGrams,
        MaterialUsedGrams = job.MaterialUsedGrams,
        Category = job.Category,
        CustomerId = job.CustomerId,
        OrderId = job.OrderId,
        SpoolId = job.SpoolId,
        Notes = job.Notes,
        Cost = cost,
    };
}
