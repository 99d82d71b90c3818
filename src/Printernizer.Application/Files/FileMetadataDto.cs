namespace Printernizer.Application.Files;

/// <summary>Print metadata of a file (from slicer comments or 3MF settings).</summary>
public sealed record FileMetadataDto
{
    /// <example>4320</example>
    public int? PrintSeconds { get; init; }

    /// <example>12.4</example>
    public decimal? FilamentGrams { get; init; }

    /// <example>PLA</example>
    public string? FilamentType { get; init; }

    /// <example>0.2</example>
    public decimal? LayerHeightMm { get; init; }

    /// <example>PrusaSlicer 2.8.1</example>
    public string? Slicer { get; init; }

    /// <example>COREONE</example>
    public string? PrinterModel { get; init; }
}
