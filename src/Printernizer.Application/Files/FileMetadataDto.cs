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

    /// <summary>Plates in a Bambu/Orca 3MF project.</summary>
    /// <example>1</example>
    public int? PlateCount { get; init; }

    /// <summary>"unreadable: &lt;why&gt;" when the local copy is not a readable print file (then the other values are empty).</summary>
    /// <example>unreadable: not a ZIP archive</example>
    public string? Unreadable { get; init; }
}
