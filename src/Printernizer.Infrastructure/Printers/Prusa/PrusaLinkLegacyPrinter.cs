using System.Text.Json.Serialization;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// The part of the legacy <c>GET /api/printer</c> that matters: <c>telemetry.material</c> is the only place
/// where Buddy reports the loaded filament type.
/// </summary>
public sealed record PrusaLinkLegacyPrinter
{
    public PrusaLinkLegacyTelemetry? Telemetry { get; init; }

    /// <summary>Loaded filament type (e.g. PLA), or null when none / unknown ("---").</summary>
    [JsonIgnore]
    public string? LoadedMaterial =>
        Telemetry?.Material is { } material && !string.IsNullOrWhiteSpace(material) && material.Trim().Trim('-').Length > 0
            ? material.Trim()
            : null;
}
