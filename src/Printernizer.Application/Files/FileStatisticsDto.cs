namespace Printernizer.Application.Files;

/// <summary>Counts and bytes of the combined list, by status and by printer, and download totals.</summary>
public sealed record FileStatisticsDto
{
    /// <example>412</example>
    public long TotalCount { get; init; }

    /// <summary>Bytes of all listed files (printer sizes).</summary>
    /// <example>8123456789</example>
    public long TotalBytes { get; init; }

    /// <summary>Bytes of local copies in the library.</summary>
    /// <example>1234567890</example>
    public long LocalBytes { get; init; }

    /// <example>57</example>
    public long LocalCount { get; init; }

    public required IReadOnlyList<FileStatusCountDto> ByStatus { get; init; }

    public required IReadOnlyList<PrinterFileCountDto> ByPrinter { get; init; }

    public required FileDownloadTotalsDto Downloads { get; init; }
}
