using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Drivers;

/// <summary>
/// One live connection to one printer. The connection manager creates a driver per active printer,
/// calls <see cref="RunAsync"/> and restarts it with exponential backoff whenever it throws.
/// </summary>
public interface IPrinterDriver : IAsyncDisposable
{
    /// <summary>
    /// Connects and streams status into <paramref name="sink"/> until <paramref name="cancellationToken"/> fires
    /// (then returns after a clean disconnect) or the connection fails (then throws
    /// <see cref="Common.Exceptions.PrinterCommunicationException"/> with a reason for the user).
    /// </summary>
    Task RunAsync(IPrinterDriverSink sink, CancellationToken cancellationToken);

    /// <summary>
    /// Sends pause/resume/stop. Throws ConflictException when the printer's state does not allow it and
    /// PrinterCommunicationException when the printer refuses or cannot be reached.
    /// </summary>
    Task ExecuteAsync(PrinterControlAction action, CancellationToken cancellationToken);
}

/// <summary>Where a driver reports what it learns.</summary>
public interface IPrinterDriverSink
{
    ValueTask StatusAsync(PrinterStatusReport report, CancellationToken cancellationToken);

    /// <summary>First successful TLS connection without a pin: store this SHA-256 fingerprint (trust on first use).</summary>
    ValueTask CertificatePinnedAsync(string sha256Fingerprint, CancellationToken cancellationToken);

    /// <summary>Model, firmware and serial as read from the printer.</summary>
    ValueTask PrinterInfoAsync(PrinterInfo info, CancellationToken cancellationToken);
}

public sealed record PrinterInfo(string? Model, string? Firmware, string? Serial, string? NozzleDiameter = null);

/// <summary>Creates drivers by <see cref="PrinterKind"/>; also runs one-off connection tests.</summary>
public interface IPrinterDriverFactory
{
    IPrinterDriver Create(PrinterConnectionSettings settings);

    Task<ConnectionTestResult> TestConnectionAsync(PrinterConnectionSettings settings, CancellationToken cancellationToken);
}

public sealed record ConnectionTestResult(bool Ok, string Message, IReadOnlyDictionary<string, string?> Details);
