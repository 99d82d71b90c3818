using System.Globalization;
using Printernizer.Application.Common;

namespace Printernizer.Application.Exports;

/// <summary>Default periods and file names of exports.</summary>
public static class ExportPeriods
{
    /// <summary><c>from</c>/<c>to</c> with defaults: both missing = the current Berlin month; one missing = the start or end of the given date's month.</summary>
    public static BerlinDateRange Resolve(DateOnly? from, DateOnly? to, DateTimeOffset now)
    {
        if (from is { } f && to is { } t)
        {
            return new BerlinDateRange(f, t);
        }

        var anchor = from ?? to ?? BerlinDateRange.LocalDateOf(now);
        var month = BerlinDateRange.Month(anchor.Year, anchor.Month);
        return new BerlinDateRange(from ?? month.From, to ?? month.To);
    }

    /// <summary><c>2026-03-01_2026-03-31</c>.</summary>
    public static string Label(BerlinDateRange period) =>
        period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "_" + period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
