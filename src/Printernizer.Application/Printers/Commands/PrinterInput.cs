using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands;

/// <summary>The writable fields of a printer, shared by create and update (the JSON body of POST and PUT).</summary>
public abstract record PrinterInput
{
    /// <example>A1 Werkstatt</example>
    public string? Name { get; init; }

    /// <summary><c>bambu</c>, <c>prusa</c> or <c>simulated</c>.</summary>
    /// <example>bambu</example>
    public PrinterKind? Kind { get; init; }

    /// <summary>Host name or IP address (bambu, prusa).</summary>
    /// <example>192.168.178.40</example>
    public string? Host { get; init; }

    /// <summary>Serial number (bambu; shown in the printer's settings).</summary>
    /// <example>03919C441200123</example>
    public string? Serial { get; init; }

    /// <example>8883</example>
    public int? MqttPort { get; init; }

    /// <example>990</example>
    public int? FtpsPort { get; init; }

    /// <example>80</example>
    public int? HttpPort { get; init; }

    /// <summary>Bambu LAN access code (write-only). On update, leave out to keep the stored one.</summary>
    /// <example>12345678</example>
    public string? AccessCode { get; init; }

    /// <summary>PrusaLink API key, the password shown on the printer (write-only). On update, leave out to keep it.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Pinned SHA-256 of the printer's certificate; set automatically on first connection when empty.</summary>
    public string? TlsFingerprint { get; init; }

    /// <summary>Average power while printing, in watts.</summary>
    /// <example>95</example>
    public decimal? PowerWatts { get; init; }

    /// <summary>Machine hourly rate in EUR.</summary>
    /// <example>0.55</example>
    public decimal? HourlyRate { get; init; }

    /// <example>true</example>
    public bool? IsActive { get; init; }

    /// <summary>Category new jobs of this printer get (<c>unassigned</c> when left out).</summary>
    /// <example>business</example>
    public Printernizer.Domain.Jobs.JobCategory? DefaultCategory { get; init; }

    /// <summary>Applies these values to <paramref name="printer"/>; secrets and fingerprint only when given.</summary>
    internal void ApplyTo(Printer printer)
    {
        printer.Name = Name!.Trim();
        printer.Kind = Kind!.Value;
        printer.Host = string.IsNullOrWhiteSpace(Host) ? null : Host.Trim();
        printer.Serial = string.IsNullOrWhiteSpace(Serial) ? null : Serial.Trim().ToUpperInvariant();
        printer.MqttPort = MqttPort ?? Printer.DefaultMqttPort;
        printer.FtpsPort = FtpsPort ?? Printer.DefaultFtpsPort;
        printer.HttpPort = HttpPort ?? Printer.DefaultHttpPort;
        printer.PowerWatts = PowerWatts;
        printer.HourlyRate = HourlyRate;
        printer.IsActive = IsActive ?? true;
        printer.DefaultCategory = DefaultCategory ?? Printernizer.Domain.Jobs.JobCategory.Unassigned;
        if (!string.IsNullOrEmpty(AccessCode))
        {
            printer.AccessCode = AccessCode;
        }

        if (!string.IsNullOrEmpty(ApiKey))
        {
            printer.ApiKey = ApiKey;
        }

        if (TlsFingerprint is not null)
        {
            printer.TlsFingerprint = Printer.NormalizeFingerprint(TlsFingerprint);
        }
    }
}
