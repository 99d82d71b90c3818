using System.Collections.Immutable;
using Printernizer.Domain.Jobs;

namespace Printernizer.Domain.Costs;

/// <summary>
/// What one job consumed (business.md §2.1). Per-printer values (<see cref="PrinterPowerWatts"/>,
/// <see cref="MachineHourlyRate"/>) and per-job values (<see cref="SetupMinutes"/>, <see cref="PostprocessMinutes"/>)
/// override the defaults of <see cref="CostRates"/> when set.
/// </summary>
public sealed record CostInputs
{
    /// <summary>Real printing time in seconds: a difference of UTC instants, pauses excluded.</summary>
    public required long PrintSeconds { get; init; }

    /// <summary>Grams per material (actual if weighed, else the slicer estimate incl. purge waste).</summary>
    public ImmutableArray<MaterialUsage> Materials { get; init; } = [];

    /// <summary>
    /// True when <see cref="Materials"/> holds the slicer's estimate for the WHOLE job: a job that did not complete is
    /// then charged <see cref="ProgressPercent"/> of it. False when the grams are what was actually used.
    /// </summary>
    public bool MaterialIsFullJobEstimate { get; init; }

    /// <summary>The printer's average power while printing (per-printer override of <see cref="CostRates.DefaultPowerWatts"/>).</summary>
    public decimal? PrinterPowerWatts { get; init; }

    /// <summary>Machine € per print hour of this printer (see <see cref="MachineRate.FromPurchase"/>); null = the default rate.</summary>
    public decimal? MachineHourlyRate { get; init; }

    /// <summary>Energy measured by a smart plug; replaces power × time + heat-up when set.</summary>
    public decimal? MeasuredKwh { get; init; }

    /// <summary>Hands-on setup minutes; null = <see cref="CostRates.SetupMinutesPerJob"/>.</summary>
    public decimal? SetupMinutes { get; init; }

    /// <summary>
    /// Hands-on post-processing minutes; null = <see cref="CostRates.PostprocessMinutesPerJob"/> for a completed job and
    /// 0 for a job that did not complete (there is no part to post-process).
    /// </summary>
    public decimal? PostprocessMinutes { get; init; }

    /// <summary>How the print ended: <see cref="JobStatus.Completed"/> (ok) or failed/cancelled/interrupted.</summary>
    public JobStatus Status { get; init; } = JobStatus.Completed;

    /// <summary>Progress (0–100) at the end of a job that did not complete.</summary>
    public decimal ProgressPercent { get; init; } = 100m;

    /// <summary>
    /// A private print (the job's category is private): valued at Selbstkosten without owner labour and without markup
    /// (business.md §3), so the calculation leaves labour out. Switching the category is a correction (new revision).
    /// </summary>
    public bool Private { get; init; }

    public bool Completed => Status == JobStatus.Completed;
}
