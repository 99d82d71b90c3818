using Printernizer.Application.Common;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>Where a job counts in <c>job_daily_totals</c>: its printer and the Berlin day of its end (else start).</summary>
/// <param name="PrinterId">The printer id as stored.</param>
/// <param name="Status">The status as stored.</param>
/// <param name="EffectiveEnd">The stored end instant, else the start instant.</param>
public readonly record struct JobTotalsKey(string PrinterId, string Status, string EffectiveEnd)
{
    /// <summary>Open jobs (printing/paused) are not in the rollup.</summary>
    public bool IsOpen => Status is "printing" or "paused";

    public DateOnly Day => BerlinDateRange.LocalDateOf(StorageInstant.Parse(EffectiveEnd));
}
