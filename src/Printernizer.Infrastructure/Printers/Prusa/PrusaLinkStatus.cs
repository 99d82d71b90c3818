using System.Text.Json.Serialization;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary><c>GET /api/v1/status</c>, the endpoint to poll. Every part is optional.</summary>
public sealed record PrusaLinkStatus
{
    /// <summary>Present only while a job exists (PRINTING, PAUSED, ATTENTION during a print).</summary>
    public PrusaLinkStatusJob? Job { get; init; }

    /// <summary>An object on Buddy, an array on the Raspberry Pi PrusaLink; always a list here.</summary>
    [JsonConverter(typeof(PrusaLinkStorageListConverter))]
    public IReadOnlyList<PrusaLinkStorage> Storage { get; init; } = [];

    public PrusaLinkTransfer? Transfer { get; init; }

    public PrusaLinkPrinterTelemetry? Printer { get; init; }
}
