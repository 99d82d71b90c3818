using Printernizer.Application.Common;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Analytics.Queries;

/// <summary>
/// The query string of every analytics endpoint: <c>from</c>/<c>to</c> Berlin dates (inclusive; default: the last 12
/// months up to today), optional <c>category</c> and <c>printerId</c>.
/// </summary>
public abstract record AnalyticsQuery
{
    /// <summary>First Berlin day (inclusive); empty = 12 months back from <c>to</c>.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last Berlin day (inclusive); empty = today.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only jobs of this category; empty = all categories.</summary>
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
