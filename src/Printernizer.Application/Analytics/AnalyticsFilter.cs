using Printernizer.Application.Common;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Analytics;

/// <summary>
/// Period (Berlin dates, inclusive), optional category and printer. <see cref="Now"/> clips the hours available for
/// utilization to the past.
/// </summary>
public sealed record AnalyticsFilter(BerlinDateRange Period, JobCategory? Category, Guid? PrinterId, DateTimeOffset Now)
{
    /// <summary>Hours of the period up to <see cref="Now"/> (the time a printer could have printed).</summary>
    public decimal AvailableHours
    {
        get
        {
            var end = Period.EndUtc < Now ? Period.EndUtc : Now;
            return end <= Period.StartUtc ? 0m : (decimal)(end - Period.StartUtc).TotalSeconds / 3600m;
        }
    }
}
