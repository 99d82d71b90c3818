using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Drivers;

/// <summary>Everything a driver needs to reach one printer (secrets in clear text, never logged).</summary>
public sealed record PrinterConnectionSettings
{
    public required Guid PrinterId { get; init; }
    public required string Name { get; init; }
    public required PrinterKind Kind { get; init; }
    public string? Host { get; init; }
    public string? Serial { get; init; }
    public int MqttPort { get; init; } = Printer.DefaultMqttPort;
    public int FtpsPort { get; init; } = Printer.DefaultFtpsPort;
    public int HttpPort { get; init; } = Printer.DefaultHttpPort;
    public string? AccessCode { get; init; }
    public string? ApiKey { get; init; }
    /// <summary>Pinned SHA-256 of the printer's TLS certificate (64 hex chars) or null before the first connection.</summary>
    public string? TlsFingerprint { get; init; }

    public static PrinterConnectionSettings From(Printer printer) => new()
    {
        PrinterId = printer.Id,
        Name = printer.Name,
        Kind = printer.Kind,
        Host = printer.Host,
        Serial = printer.Serial,
        MqttPort = printer.MqttPort,
        FtpsPort = printer.FtpsPort,
        HttpPort = printer.HttpPort,
        AccessCode = printer.AccessCode,
        ApiKey = printer.ApiKey,
        TlsFingerprint = printer.TlsFingerprint,
    };

    public override string ToString() => $"{Kind} printer '{Name}' at {Host}";
}
