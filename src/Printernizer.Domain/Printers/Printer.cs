namespace Printernizer.Domain.Printers;

/// <summary>
/// A registered printer. Secrets (<see cref="AccessCode"/>, <see cref="ApiKey"/>) are held in clear text in
/// memory only; the repository encrypts them at rest and the API never returns them.
/// </summary>
public sealed class Printer
{
    public const int DefaultMqttPort = 8883;
    public const int DefaultFtpsPort = 990;
    public const int DefaultHttpPort = 80;

    public Guid Id { get; init; }
    public required string Name { get; set; }
    public PrinterKind Kind { get; set; }
    public string? Host { get; set; }
    public string? Serial { get; set; }
    public int MqttPort { get; set; } = DefaultMqttPort;
    public int FtpsPort { get; set; } = DefaultFtpsPort;
    public int HttpPort { get; set; } = DefaultHttpPort;
    public string? AccessCode { get; set; }
    public string? ApiKey { get; set; }
    public string? TlsFingerprint { get; set; }
    public decimal? PowerWatts { get; set; }
    public decimal? HourlyRate { get; set; }
    /// <summary>Category new jobs of this printer get when they start (business.md §3).</summary>
    public Jobs.JobCategory DefaultCategory { get; set; }
    public bool IsActive { get; set; } = true;
    public string? Model { get; set; }
    public string? Firmware { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Normalizes a SHA-256 fingerprint to 64 upper-case hex characters, or null when it is not one.</summary>
    public static string? NormalizeFingerprint(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var hex = new string(value.Where(c => c is not (':' or ' ' or '-')).ToArray()).ToUpperInvariant();
        return hex.Length == 64 && hex.All(Uri.IsHexDigit) ? hex : null;
    }
}
