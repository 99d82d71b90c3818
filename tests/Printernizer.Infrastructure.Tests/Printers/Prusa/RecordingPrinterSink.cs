using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Infrastructure.Tests.Printers.Prusa;

/// <summary>Collects what a driver reports; waits for conditions with a generous timeout.</summary>
public sealed class RecordingPrinterSink : IPrinterDriverSink
{
    private readonly Lock _lock = new();
    private readonly List<PrinterStatusReport> _reports = [];
    private readonly List<PrinterInfo> _infos = [];

    public IReadOnlyList<PrinterStatusReport> Reports
    {
        get
        {
            lock (_lock)
            {
                return [.. _reports];
            }
        }
    }

    public IReadOnlyList<PrinterInfo> Infos
    {
        get
        {
            lock (_lock)
            {
                return [.. _infos];
            }
        }
    }

    public ValueTask StatusAsync(PrinterStatusReport report, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _reports.Add(report);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CertificatePinnedAsync(string sha256Fingerprint, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask PrinterInfoAsync(PrinterInfo info, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _infos.Add(info);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Waits for a report (received after <paramref name="afterIndex"/>) that matches.</summary>
    public async Task<PrinterStatusReport> WaitForReportAsync(Func<PrinterStatusReport, bool> match, int afterIndex = 0, double timeoutSeconds = 15)
    {
        var found = await Eventually.WaitAsync(() => Reports.Skip(afterIndex).FirstOrDefault(match), timeoutSeconds);
        return found ?? throw new AssertionException($"No matching status report within {timeoutSeconds} s. Last: {(Reports is { Count: > 0 } all ? all[^1] : null)}");
    }
}
