namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary><c>telemetry</c> of the legacy <c>/api/printer</c> (field names contain dashes, only material is read).</summary>
public sealed record PrusaLinkLegacyTelemetry
{
    public string? Material { get; init; }
}
