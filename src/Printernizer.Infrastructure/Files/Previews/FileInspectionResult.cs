namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>What is stored on a file row after inspection.</summary>
internal sealed record FileInspectionResult(
    int? PrintSeconds,
    decimal? FilamentGrams,
    string? FilamentType,
    decimal? LayerHeightMm,
    string? Slicer,
    string? PrinterModel,
    int? PlateCount,
    string? Unreadable,
    string PreviewKind,
    string? ThumbnailKey);
