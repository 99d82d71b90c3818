using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Costs;

/// <summary>What a job consumed, as the cost model needs it (business.md §2.1), from the job and its printer.</summary>
public static class JobCostInputs
{
    /// <summary>
    /// Print time = wall-clock time minus pauses (UTC differences). Material: the weighed/corrected grams when set (then
    /// exact), else the slicer estimate for the whole job (scaled by progress for a job that did not complete). Power
    /// and machine rate of the printer when set. <paramref name="pricePerKg"/>: the spool's material price, if known.
    /// </summary>
    public static CostInputs From(PrintJob job, Printer? printer, decimal? pricePerKg, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        var seconds = Math.Max(0, job.ActualSeconds(now) - job.TotalPausedSeconds(now));
        var (grams, estimate) = job.MaterialUsedGrams is { } used ? (used, false)
            : job.MaterialEstimatedGrams is { } estimated ? (estimated, true)
            : (0m, false);
        return new CostInputs
        {
            PrintSeconds = seconds,
            Materials = grams > 0m ? [new MaterialUsage(job.MaterialType, grams, pricePerKg)] : [],
            MaterialIsFullJobEstimate = estimate,
            PrinterPowerWatts = printer?.PowerWatts,
            MachineHourlyRate = printer?.HourlyRate,
            Status = job.Status,
            Private = job.Category == JobCategory.Private,
            ProgressPercent = job.Status == JobStatus.Completed ? 100m : job.ProgressPercent,
        };
    }
}
