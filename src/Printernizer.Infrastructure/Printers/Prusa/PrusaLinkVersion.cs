using System.Text.Json;
using System.Text.Json.Serialization;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary><c>GET /api/version</c>. Buddy 6.3 sends api, server, nozzle_diameter, text, hostname, capabilities; later releases add firmware and printer.</summary>
public sealed record PrusaLinkVersion
{
    public string? Api { get; init; }
    public string? Server { get; init; }
    public double? NozzleDiameter { get; init; }
    public string? Text { get; init; }
    public string? Hostname { get; init; }
    public string? Firmware { get; init; }
    public string? Printer { get; init; }
    public string? Version { get; init; }
    public JsonElement? Capabilities { get; init; }

    /// <summary>True when the printer announces <c>capabilities.upload-by-put</c>.</summary>
    [JsonIgnore]
    public bool UploadByPut =>
        Capabilities is { ValueKind: JsonValueKind.Object } caps
        && caps.TryGetProperty("upload-by-put", out var put)
        && put.ValueKind == JsonValueKind.True;

    /// <summary>True when <see cref="Api"/> is at least 2.0.0 (the v1 API exists).</summary>
    [JsonIgnore]
    public bool SupportsV1 =>
        Api is { } api && System.Version.TryParse(api.Split('+', '-')[0], out var parsed) && parsed.Major >= 2;
}
