using Printernizer.Application.Common;

namespace Printernizer.Application.Exports;

/// <summary>
/// One DATEV Buchungsstapel: one period within one calendar year (recommended: one month, see
/// <see cref="BerlinDateRange.SplitByMonth"/>) and its bookings.
/// </summary>
public sealed record DatevBatch
{
    /// <summary>Datum vom / Datum bis (Berlin dates, header fields 15/16).</summary>
    public required BerlinDateRange Period { get; init; }

    /// <summary>UTC instant of the export; header field 6 "Erzeugt am" in Berlin time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<DatevBookingRow> Bookings { get; init; }

    /// <summary>Bezeichnung (≤ 30; letters, digits, .-/ and space). Null: "Ausgangsrechnungen MM-YYYY".</summary>
    public string? Description { get; init; }

    /// <summary>Exportiert von (≤ 25), optional.</summary>
    public string? ExportedBy { get; init; }

    public string EffectiveDescription => Description ??
        (Period.From.Month == Period.To.Month
            ? $"Ausgangsrechnungen {Period.From.Month:00}-{Period.From.Year:0000}"
            : $"Ausgangsrechnungen {Period.From.Year:0000}");

    /// <summary>A file name like <c>EXTF_Buchungsstapel_2026-01_SKR03.csv</c>.</summary>
    public string FileName(DatevChartOfAccounts chart, bool reExport = false) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"EXTF_Buchungsstapel_{Period.From.Year:0000}-{Period.From.Month:00}{(Period.From.Month != Period.To.Month ? $"_bis_{Period.To.Month:00}" : string.Empty)}_{(chart == DatevChartOfAccounts.Skr04 ? "SKR04" : "SKR03")}{(reExport ? "_erneut" : string.Empty)}.csv");
}
