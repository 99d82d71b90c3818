using System.Collections.Concurrent;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers;

/// <summary>
/// Keeps one driver per active printer and restarts it with exponential backoff and jitter after any failure.
/// A printer's failure never affects another printer or the API. Only sends MediatR commands (via the sink).
/// </summary>
public sealed class PrinterConnectionManager(
    IServiceScopeFactory scopes,
    IPrinterDriverFactory drivers,
    IPrinterStatusStore statuses,
    IRealtimePublisher realtime,
    PrinterConnectionOptions options,
    TimeProvider timeProvider,
    ILoggerFactory loggers) : BackgroundService, IPrinterConnections
{
    private readonly ConcurrentDictionary<Guid, PrinterConnection> _connections = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger = loggers.CreateLogger<PrinterConnectionManager>();
    private CancellationToken _stopping = CancellationToken.None;

    public int ConnectionCount => _connections.Count;

    private IServiceScopeFactory Scopes => scopes;

    private IPrinterDriverFactory Drivers => drivers;

    private PrinterConnectionOptions Options => options;

    private TimeProvider Clock => timeProvider;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        IReadOnlyList<Printer> printers;
        using (var scope = scopes.CreateScope())
        {
            printers = await scope.ServiceProvider.GetRequiredService<IPrinterRepository>().ListAsync(stoppingToken);
        }

        foreach (var printer in printers.Where(p => p.IsActive))
        {
            await RefreshAsync(printer.Id, stoppingToken);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var stopping = _connections.Values.Select(c => c.StopAsync()).ToList();
        await Task.WhenAll(stopping).WaitAsync(TimeSpan.FromSeconds(10), timeProvider, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _connections.Clear();
    }

    public async Task RefreshAsync(Guid printerId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connections.TryRemove(printerId, out var existing))
            {
                await existing.StopAsync();
            }

            Printer? printer;
            using (var scope = scopes.CreateScope())
            {
                printer = await scope.ServiceProvider.GetRequiredService<IPrinterRepository>().GetAsync(printerId, cancellationToken);
            }

            if (printer is null)
            {
                statuses.Remove(printerId);
                realtime.Publish("printer.removed", new { printerId }, printerId.ToString("D"));
                return;
            }

            if (!printer.IsActive || _stopping.IsCancellationRequested)
            {
                var offline = PrinterStatusDto.Offline(printerId, "The printer is deactivated in Printernizer.", timeProvider.GetUtcNow());
                statuses.Set(offline);
                realtime.Publish("printer.status", offline, printerId.ToString("D"));
                return;
            }

            var connection = new PrinterConnection(printerId, this, loggers.CreateLogger<PrinterConnection>());
            _connections[printerId] = connection;
            connection.Start(_stopping);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ExecuteAsync(Guid printerId, PrinterControlAction action, CancellationToken cancellationToken)
    {
        var driver = _connections.TryGetValue(printerId, out var connection) ? connection.Driver : null;
        if (driver is null)
        {
            throw new PrinterCommunicationException("The printer is not connected right now; try again when it is online.", unreachable: true);
        }

        await driver.ExecuteAsync(action, cancellationToken);
    }

    /// <summary>The running driver of a printer, or null while it is not connected (for optional driver capabilities).</summary>
    public IPrinterDriver? GetDriver(Guid printerId) => _connections.TryGetValue(printerId, out var connection) ? connection.Driver : null;

    /// <summary>One printer's reconnect loop.</summary>
    private sealed class PrinterConnection(Guid printerId, PrinterConnectionManager manager, ILogger logger) : IDisposable
    {
        private readonly CancellationTokenSource _cts = new();
        private Task _loop = Task.CompletedTask;

        public IPrinterDriver? Driver { get; private set; }

        public void Start(CancellationToken stopping)
        {
            var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, _cts.Token);
            _loop = Task.Run(() => RunAsync(linked.Token), CancellationToken.None).ContinueWith(_ => linked.Dispose(), TaskScheduler.Default);
        }

        public async Task StopAsync()
        {
            await _cts.CancelAsync();
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Dispose();
        }

        public void Dispose() => _cts.Dispose();

        private async Task RunAsync(CancellationToken cancellationToken)
        {
            var attempt = 0;
            var random = new Random(printerId.GetHashCode());
            var sink = new DriverSink(printerId, manager.Scopes, manager.Clock);
            await sink.ReportOfflineAsync("Connecting…", cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (!cancellationToken.IsCancellationRequested)
            {
                string reason;
                var authenticationFailed = false;
                IPrinterDriver? driver = null;
                try
                {
                    var settings = await LoadSettingsAsync(cancellationToken);
                    if (settings is null)
                    {
                        return;
                    }

                    driver = manager.Drivers.Create(settings);
                    Driver = driver;
                    sink.ResetHealth();
                    await driver.RunAsync(sink, cancellationToken);
                    if (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }

                    reason = "The printer closed the connection.";
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (PrinterCommunicationException ex)
                {
                    reason = ex.Message;
                    authenticationFailed = ex.AuthenticationFailed;
                    logger.LogWarning("Printer {PrinterId} disconnected: {Reason}", printerId, ex.Message);
                }
                catch (Exception ex)
                {
                    reason = "Unexpected error in the printer connection; retrying.";
                    logger.LogError(ex, "Printer {PrinterId} driver failed", printerId);
                }
                finally
                {
                    Driver = null;
                    if (driver is not null)
                    {
                        await driver.DisposeAsync().AsTask().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    }
                }

                if (sink.WasHealthyFor(manager.Options.HealthyAfter))
                {
                    attempt = 0;
                }

                var delay = manager.Options.BackoffFor(attempt++, authenticationFailed, random.NextDouble());
                await sink.ReportOfflineAsync(reason, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                logger.LogInformation("Reconnecting printer {PrinterId} in {Delay:0.0} s", printerId, delay.TotalSeconds);
                await Task.Delay(delay, manager.Clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        private async Task<PrinterConnectionSettings?> LoadSettingsAsync(CancellationToken cancellationToken)
        {
            using var scope = manager.Scopes.CreateScope();
            var printer = await scope.ServiceProvider.GetRequiredService<IPrinterRepository>().GetAsync(printerId, cancellationToken);
            return printer is { IsActive: true } ? PrinterConnectionSettings.From(printer) : null;
        }
    }

    /// <summary>Turns driver callbacks into MediatR commands, one scope per call.</summary>
    private sealed class DriverSink(Guid printerId, IServiceScopeFactory scopes, TimeProvider timeProvider) : IPrinterDriverSink
    {
        private DateTimeOffset? _firstStatusAt;

        public void ResetHealth() => _firstStatusAt = null;

        public bool WasHealthyFor(TimeSpan span) => _firstStatusAt is { } first && timeProvider.GetUtcNow() - first >= span;

        public async ValueTask StatusAsync(PrinterStatusReport report, CancellationToken cancellationToken)
        {
            _firstStatusAt ??= timeProvider.GetUtcNow();
            await SendAsync(new Application.Monitoring.Commands.RecordPrinterStatus.RecordPrinterStatusCommand(printerId, report), cancellationToken);
        }

        public async ValueTask CertificatePinnedAsync(string sha256Fingerprint, CancellationToken cancellationToken) =>
            await SendAsync(new Application.Printers.Commands.PinPrinterCertificate.PinPrinterCertificateCommand(printerId, sha256Fingerprint), cancellationToken);

        public async ValueTask PrinterInfoAsync(PrinterInfo info, CancellationToken cancellationToken) =>
            await SendAsync(new Application.Printers.Commands.UpdatePrinterInfo.UpdatePrinterInfoCommand(printerId, info.Model, info.Firmware), cancellationToken);

        public Task ReportOfflineAsync(string reason, CancellationToken cancellationToken) =>
            SendAsync(
                new Application.Monitoring.Commands.RecordPrinterStatus.RecordPrinterStatusCommand(
                    printerId, new PrinterStatusReport { State = PrinterState.Offline, Connected = false, OfflineReason = reason }),
                cancellationToken);

        private async Task SendAsync<T>(IRequest<T> request, CancellationToken cancellationToken)
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
        }
    }
}
