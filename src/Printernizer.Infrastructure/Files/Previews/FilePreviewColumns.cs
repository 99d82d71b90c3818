using System.Globalization;
using Printernizer.Application.Files;

namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>The preview columns of a <c>files</c> row as Dapper reads them (decimals are stored as invariant text).</summary>
internal sealed class FilePreviewColumns
{
    /// <summary>SELECT list fragment (alias <c>f</c>) matching the properties.</summary>
    public const string Select = """
        f.id AS PreviewFileId, f.print_seconds AS PrintSeconds, f.filament_grams AS FilamentGrams, f.filament_type AS FilamentType,
        f.layer_height_mm AS LayerHeightMm, f.slicer AS Slicer, f.printer_model AS PrinterModel, f.plate_count AS PlateCount,
        f.unreadable AS Unreadable, f.preview_kind AS PreviewKind, f.thumbnail_key AS ThumbnailKey, f.inspected_sha256 AS InspectedSha256
        """;

    /// <summary>Never null: the split column of multi-mapped queries (Dapper maps an all-null split to null).</summary>
    public string? PreviewFileId { get; init; }
    public long? PrintSeconds { get; init; }
    public string? FilamentGrams { get; init; }
    public string? FilamentType { get; init; }
    public string? LayerHeightMm { get; init; }
    public string? Slicer { get; init; }
    public string? PrinterModel { get; init; }
    public long? PlateCount { get; init; }
    public string? Unreadable { get; init; }
    public string? PreviewKind { get; init; }
    public string? ThumbnailKey { get; init; }
    public string? InspectedSha256 { get; init; }
    public string? PrinterThumbnailCheckedAt { get; init; }

    public static string? DecimalText(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal? ParseDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Null until the file was inspected.</summary>
    public FileMetadataDto? ToMetadata() => InspectedSha256 is null
        ? null
        : new FileMetadataDto
        {
            PrintSeconds = PrintSeconds is { } s ? (int)s : null,
            FilamentGrams = ParseDecimal(FilamentGrams),
            FilamentType = FilamentType,
            LayerHeightMm = ParseDecimal(LayerHeightMm),
            Slicer = Slicer,
            PrinterModel = PrinterModel,
            PlateCount = PlateCount is { } p ? (int)p : null,
            Unreadable = Unreadable,
        };
}
