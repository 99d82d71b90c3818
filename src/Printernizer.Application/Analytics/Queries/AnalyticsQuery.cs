using Printernizer.Application.Common;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Analytics.Queries;

/// <summary>
/// The query string of every analytics endpoint: <c>from</c>/<c>to</c> Berlin dates (inclusive; default: the last 12
/// months up to today), optional <c>category</c> and <c>printerId</c>.
/// </summary>
public abstract record AnalyticsQuery
{
    /// <example>2026-01-01</example>
    public DateOnly? From { get; init; }

    /// <example>2026-12-31</example>
    public DateOnly? To { get; init; }

    /// <example>business</example>
    public JobCategory? Category { get; init; }

    public Guid? PrinterId { get; init; }

    /// <summary>The filter for <paramref name="now"/>: missing dates default to the 12 months up to today.</summary>
    public AnalyticsFilter ToFilter(DateTimeOffset now) => new(Period(now), Category, PrinterId, now);

    /// <summary>The Berlin period of <c>from</c>/<c>to</c> with defaults applied.</summary>
    public BerlinDateRange Period(DateTimeOffset now)
    {
        var today = BerlinDateRange.LocalDateOf(now);
        var to = To ?? (From is { } f && f > today ? f : today);
        var from = From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
        return new BerlinDateRange(from, to);
    }
}
