using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers;

/// <summary>A printer as the API shows it. Secrets are write-only: only whether one is set is returned.</summary>
public sealed record PrinterDto
{
    /// <example>3f2b8c1e-5d7a-4e0b-9a61-2c4d8e9f0a11</example>
    public Guid Id { get; init; }

    /// <example>A1 Werkstatt</example>
    public required string Name { get; init; }

    /// <example>bambu</example>
    public PrinterKind Kind { get; init; }

    /// <example>192.168.178.40</example>
    public string? Host { get; init; }

    /// <example>03919C441200123</example>
    public string? Serial { get; init; }

    /// <example>8883</example>
    public int MqttPort { get; init; }

    /// <example>990</example>
    public int FtpsPort { get; init; }

    /// <example>80</example>
    public int HttpPort { get; init; }

    /// <summary>True when an access code is stored (the code itself is never returned).</summary>
    public bool HasAccessCode { get; init; }

    /// <summary>True when an API key is stored (the key itself is never returned).</summary>
    public bool HasApiKey { get; init; }

    /// <summary>Pinned SHA-256 of the printer's TLS certificate (Bambu), 64 hex characters.</summary>
    public string? TlsFingerprint { get; init; }

    /// <example>95</example>
    public decimal? PowerWatts { get; init; }

    /// <example>0.55</example>
    public decimal? HourlyRate { get; init; }

    /// <summary>Category new jobs of this printer get: <c>unassigned</c>, <c>business</c> or <c>private</c>.</summary>
    /// <example>business</example>
    public Printernizer.Domain.Jobs.JobCategory DefaultCategory { get; init; }

    public bool IsActive { get; init; }

    /// <summary>Model as read from the printer (e.g. "A1", "Core One").</summary>
    public string? Model { get; init; }

    public string? Firmware { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public static PrinterDto From(Printer printer) => new()
    {
        Id = printer.Id,
        Name = printer.Name,
        Kind = printer.Kind,
        Host = printer.Host,
        Serial = printer.Serial,
        MqttPort = printer.MqttPort,
        FtpsPort = printer.FtpsPort,
        HttpPort = printer.HttpPort,
        HasAccessCode = !string.IsNullOrEmpty(printer.AccessCode),
        HasApiKey = !string.IsNullOrEmpty(printer.ApiKey),
        TlsFingerprint = printer.TlsFingerprint,
        PowerWatts = printer.PowerWatts,
        HourlyRate = printer.HourlyRate,
        DefaultCategory = printer.DefaultCategory,
        IsActive = printer.IsActive,
        Model = printer.Model,
        Firmware = printer.Firmware,
        CreatedAt = printer.CreatedAt,
        UpdatedAt = printer.UpdatedAt,
    };
}
