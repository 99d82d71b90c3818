using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu;

/// <summary>Collects what a driver reports, with waits for a condition (generous timeout, no fixed sleeps).</summary>
public sealed class RecordingSink : IPrinterDriverSink
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);
    private readonly Lock _lock = new();
    private readonly List<PrinterStatusReport> _statuses = [];
    private readonly List<string> _pins = [];
    private readonly List<PrinterInfo> _infos = [];

    public IReadOnlyList<PrinterStatusReport> Statuses
    {
        get
        {
            lock (_lock)
            {
                return _statuses.ToList();
            }
        }
    }

    public IReadOnlyList<string> Pins
    {
        get
        {
            lock (_lock)
            {
                return _pins.ToList();
            }
        }
    }

    public IReadOnlyList<PrinterInfo> Infos
    {
        get
        {
            lock (_lock)
            {
                return _infos.ToList();
            }
        }
    }

    public PrinterStatusReport? Latest
    {
        get
        {
            lock (_lock)
            {
                return _statuses.Count == 0 ? null : _statuses[^1];
            }
        }
    }

    public ValueTask StatusAsync(PrinterStatusReport report, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _statuses.Add(report);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CertificatePinnedAsync(string sha256Fingerprint, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _pins.Add(sha256Fingerprint);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask PrinterInfoAsync(PrinterInfo info, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _infos.Add(info);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until the latest status satisfies <paramref name="predicate"/> and returns it.</summary>
    public async Task<PrinterStatusReport> WaitForStatusAsync(Func<PrinterStatusReport, bool> predicate, string because)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (true)
        {
            if (Latest is { } latest && predicate(latest))
            {
                return latest;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No status {because} within {Generous.TotalSeconds} s; latest: {Latest}");
            }

            await Task.Delay(10);
        }
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string because)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not {because} within {Generous.TotalSeconds} s");
            }

            await Task.Delay(10);
        }
    }
}
