namespace Printernizer.Application.Previews;

/// <summary>One filament slot used by a print (or configured, when usage is unknown).</summary>
/// <param name="Slot">1-based slot/extruder number as the slicer counts it (Bambu ids can have gaps).</param>
/// <param name="Type">Material type such as "PLA", "PETG".</param>
/// <param name="ColorHex">"#RRGGBB" when known.</param>
/// <param name="Grams">Grams used by this slot.</param>
/// <param name="LengthMm">Filament length used by this slot in millimetres.</param>
public sealed record FilamentUsage(int Slot, string? Type, string? ColorHex, decimal? Grams, decimal? LengthMm);
