using Printernizer.Domain.Printers;

namespace Printernizer.Domain.Jobs;

/// <summary>What the job tracker needs from one printer status.</summary>
public sealed record JobObservation
{
    public required PrinterState State { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? JobIdentity { get; init; }
    public string? JobName { get; init; }
    public string? FileName { get; init; }
    public string? FilePath { get; init; }
    public decimal? ProgressPercent { get; init; }
    public int? RemainingSeconds { get; init; }
    public int? ElapsedSeconds { get; init; }
    public int? CurrentLayer { get; init; }
    public int? TotalLayers { get; init; }
    public bool CancelledByUser { get; init; }
    public string? MaterialType { get; init; }
}
