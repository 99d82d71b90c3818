namespace Printernizer.Application.Previews;

/// <summary>
/// What the slicer wrote into a print file. Every value is optional: missing or unparseable values are null,
/// never zero. Decimal values are exactly as written by the slicer (invariant culture).
/// </summary>
public sealed record PrintFileMetadata
{
    /// <summary>Estimated total print time in seconds (PrusaSlicer/Orca normal mode, Bambu total estimated time / prediction, Cura ;TIME:).</summary>
    public int? PrintSeconds { get; init; }

    /// <summary>Total filament in grams (slicer total, else sum per filament, else computed from length for Cura).</summary>
    public decimal? FilamentGrams { get; init; }

    /// <summary>Total filament length in millimetres.</summary>
    public decimal? FilamentLengthMm { get; init; }

    /// <summary>Slicer's total filament cost in the slicer user's currency (informational only).</summary>
    public decimal? FilamentCost { get; init; }

    /// <summary>Type of the first used filament ("PLA"); see <see cref="FilamentTypes"/> for all.</summary>
    public string? FilamentType => FilamentTypes.Count > 0 ? FilamentTypes[0] : null;

    /// <summary>Distinct material types of the used filaments, in slot order.</summary>
    public IReadOnlyList<string> FilamentTypes { get; init; } = [];

    /// <summary>Per-slot usage (used slots only when usage is known; else the configured slots).</summary>
    public IReadOnlyList<FilamentUsage> Filaments { get; init; } = [];

    public decimal? LayerHeightMm { get; init; }

    /// <summary>Nozzle diameter of the first extruder in millimetres.</summary>
    public decimal? NozzleDiameterMm { get; init; }

    public int? LayerCount { get; init; }

    /// <summary>"PrusaSlicer", "OrcaSlicer", "BambuStudio", "Cura".</summary>
    public string? Slicer { get; init; }

    public string? SlicerVersion { get; init; }

    /// <summary>Printer model as the slicer names it ("MINI", "MK4S", "Bambu Lab X1 Carbon").</summary>
    public string? PrinterModel { get; init; }

    /// <summary>Plates in a Bambu/Orca 3MF project; null for other files.</summary>
    public int? PlateCount { get; init; }

    /// <summary>Per-plate results of a Bambu/Orca 3MF project (empty for other files).</summary>
    public IReadOnlyList<PlateInfo> Plates { get; init; } = [];

    public static PrintFileMetadata Empty { get; } = new();
}
