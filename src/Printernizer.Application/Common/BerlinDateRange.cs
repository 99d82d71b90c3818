namespace Printernizer.Application.Common;

/// <summary>
/// A period of Berlin calendar days, both ends inclusive (the API's <c>from</c>/<c>to</c>), and the UTC half-open
/// interval [<see cref="StartUtc"/>, <see cref="EndUtc"/>) it covers, DST-correct (business.md §6). A job belongs to
/// the Berlin-local date of its completion: filter with <see cref="Contains(DateTimeOffset)"/> on its end instant.
/// </summary>
public sealed record BerlinDateRange
{
    public BerlinDateRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:O}) before it starts ({from:O}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly To { get; }

    /// <summary>Local 00:00 of <see cref="From"/> as UTC.</summary>
    public DateTimeOffset StartUtc => BerlinTime.StartOfDayUtc(From);

    /// <summary>Local 00:00 of the day after <see cref="To"/> as UTC (exclusive).</summary>
    public DateTimeOffset EndUtc => BerlinTime.StartOfDayUtc(To.AddDays(1));

    public static BerlinDateRange Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new BerlinDateRange(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The Berlin calendar date of an instant.</summary>
    public static DateOnly LocalDateOf(DateTimeOffset instant) => DateOnly.FromDateTime(BerlinTime.ToBerlin(instant).DateTime);

    /// <summary>True when <paramref name="instant"/> lies in [<see cref="StartUtc"/>, <see cref="EndUtc"/>).</summary>
    public bool Contains(DateTimeOffset instant) => instant >= StartUtc && instant < EndUtc;

    /// <summary>True when the Berlin date <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The calendar months the period touches, each clipped to the period (one DATEV batch per month).</summary>
    public IReadOnlyList<BerlinDateRange> SplitByMonth()
    {
        var result = new List<BerlinDateRange>();
        var start = From;
        while (start <= To)
        {
            var monthEnd = new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1);
            var end = monthEnd < To ? monthEnd : To;
            result.Add(new BerlinDateRange(start, end));
            start = end.AddDays(1);
        }

        return result;
    }
}
