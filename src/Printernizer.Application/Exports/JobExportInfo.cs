using Printernizer.Application.Common;

namespace Printernizer.Application.Exports;

/// <summary>What a job export says about itself (Excel "Info" sheet, file names, export journal).</summary>
public sealed record JobExportInfo
{
    public required BerlinDateRange Period { get; init; }

    /// <summary>UTC instant of the export (from TimeProvider); shown in Berlin time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Human-readable filters, e.g. "Kategorie: Geschäftlich; Drucker: A1".</summary>
    public string? Filters { get; init; }

    public string? CompanyName { get; init; }

    /// <summary>Kleinunternehmer (§ 19 UStG): amounts are gross, no VAT.</summary>
    public bool SmallBusiness { get; init; }

    public string AppVersion { get; init; } = "0.1.0";
}
