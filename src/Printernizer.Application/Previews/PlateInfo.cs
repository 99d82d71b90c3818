namespace Printernizer.Application.Previews;

/// <summary>A plate of a Bambu Studio / OrcaSlicer 3MF project.</summary>
/// <param name="Index">1-based plate number (as in <c>Metadata/plate_N.gcode</c> and the printer's project_file command).</param>
/// <param name="IsSliced">True when the package holds the plate's G-code or slice results.</param>
/// <param name="PrintSeconds">Slicer prediction in seconds (sliced plates only).</param>
/// <param name="FilamentGrams">Total grams for the plate (sliced plates only).</param>
/// <param name="Filaments">Filaments used by the plate (sliced plates only).</param>
/// <param name="GCodePart">Zip part holding the plate's G-code, e.g. "Metadata/plate_1.gcode".</param>
public sealed record PlateInfo(
    int Index,
    bool IsSliced,
    int? PrintSeconds,
    decimal? FilamentGrams,
    IReadOnlyList<FilamentUsage> Filaments,
    string? GCodePart);
