using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.HomeAssistant;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Commands.ControlPrinter;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;
using Printernizer.Infrastructure.Realtime;

namespace Printernizer.Infrastructure.HomeAssistant;

/// <summary>
/// Publishes every printer to Home Assistant through MQTT discovery: retained configs per printer (one device each),
/// a retained JSON state per printer on change (at most one per <see cref="HomeAssistantOptions.StateInterval"/>, latest
/// wins), and <c>online</c>/<c>offline</c> availability with a last will. Listens to the live events
/// (<c>printer.status</c>, <c>printer.removed</c>) of <see cref="RealtimeEventHub"/>, republishes when Home Assistant
/// announces itself (<c>&lt;prefix&gt;/status</c> = <c>online</c>), reconnects with backoff and restarts on
/// <see cref="Reload"/>. With <see cref="HomeAssistantSettings.AllowControl"/> the pause/resume/stop buttons send
/// <see cref="ControlPrinterCommand"/> as actor <c>home-assistant</c>.
/// </summary>
public sealed class HomeAssistantPublisher(
    IServiceScopeFactory scopes,
    RealtimeEventHub hub,
    IPrinterStatusStore statuses,
    HomeAssistantOptions options,
    TimeProvider timeProvider,
    ILoggerFactory loggers) : BackgroundService, IHomeAssistantBridge
{
    public const string Actor = "home-assistant";

    private static readonly string Version = typeof(HomeAssistantPublisher).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private readonly ILogger _logger = loggers.CreateLogger<HomeAssistantPublisher>();
    private readonly Lock _lock = new();
    private CancellationTokenSource _reload = new();
    private volatile HomeAssistantBridgeStatus _status = new(false, null);
    private volatile MqttClient? _client;

    public HomeAssistantBridgeStatus Status => _status;

    private IServiceScopeFactory Scopes => scopes;

    private RealtimeEventHub Hub => hub;

    private IPrinterStatusStore Statuses => statuses;

    private HomeAssistantOptions Options => options;

    private TimeProvider Clock => timeProvider;

    private ILogger Logger => _logger;

    public void Reload()
    {
        CancellationTokenSource previous;
        lock (_lock)
        {
            previous = _reload;
            _reload = new CancellationTokenSource();
        }

        // Not disposed: the running loop may still be linking to its token (a cancelled source without timers holds nothing).
        previous.Cancel();
    }

    /// <summary>Drops the broker connection without DISCONNECT (as if Printernizer died): the broker publishes the will.</summary>
    public void AbortConnection() => _client?.Abort();

    public async Task<HomeAssistantTestResult> TestAsync(HomeAssistantSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            return new HomeAssistantTestResult(false, "Enter the MQTT broker's host name or IP address.");
        }

        var client = new MqttClient(ClientOptions(settings, will: null, "printernizer-test-"), timeProvider, _logger);
        await using (client)
        {
            try
            {
                await client.ConnectAsync(cancellationToken);
                return new HomeAssistantTestResult(true, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Connected to {settings.Host}:{settings.Port}{(settings.UseTls ? " with TLS" : string.Empty)}{(settings.Username is null ? " without user name" : " as " + settings.Username)}."));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new HomeAssistantTestResult(false, Describe(ex, settings));
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            CancellationToken reloadToken;
            lock (_lock)
            {
                reloadToken = _reload.Token;
            }

            using var session = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, reloadToken);
            HomeAssistantSettings settings;
            try
            {
                using var scope = scopes.CreateScope();
                settings = await scope.ServiceProvider.GetRequiredService<IHomeAssistantSettingsStore>().GetAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Home Assistant settings could not be read; retrying");
                await DelayAsync(options.ReconnectMaxDelay, session.Token);
                continue;
            }

            if (!settings.Enabled || string.IsNullOrWhiteSpace(settings.Host))
            {
                _status = new HomeAssistantBridgeStatus(false, null);
                failures = 0;
                await DelayAsync(Timeout.InfiniteTimeSpan, session.Token);
                continue;
            }

            try
            {
                await RunSessionAsync(settings, () => failures = 0, session.Token);
            }
            catch (OperationCanceledException) when (session.IsCancellationRequested)
            {
                // reload or shutdown
            }
            catch (Exception ex)
            {
                failures++;
                var reason = Describe(ex, settings);
                _status = new HomeAssistantBridgeStatus(false, reason);
                var delay = Backoff(failures);
                _logger.LogWarning("Home Assistant MQTT connection failed ({Reason}); retrying in {Delay} s", reason, (int)delay.TotalSeconds);
                await DelayAsync(delay, session.Token);
            }
        }

        _status = new HomeAssistantBridgeStatus(false, null);
    }

    private static string Describe(Exception ex, HomeAssistantSettings settings)
    {
        var endpoint = string.Create(CultureInfo.InvariantCulture, $"{settings.Host}:{settings.Port}");
        return ex switch
        {
            MqttConnectException connect => connect.Message,
            TimeoutException => $"No answer from {endpoint} within the time limit (check host, port and TLS).",
            SocketException { SocketErrorCode: SocketError.ConnectionRefused } => $"{endpoint} refused the connection (is the MQTT broker running on this port?).",
            SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } => $"The host name '{settings.Host}' could not be resolved.",
            SocketException socket => $"Cannot reach {endpoint}: {socket.Message}",
            AuthenticationException auth => $"TLS handshake with {endpoint} failed: {auth.Message}",
            IOException io when settings.UseTls => $"TLS connection to {endpoint} failed (is TLS enabled on this port?): {io.Message}",
            MqttException mqtt => mqtt.Message,
            _ => ex.Message,
        };
    }

    private TimeSpan Backoff(int failures)
    {
        var seconds = options.ReconnectMinDelay.TotalSeconds * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = Math.Min(seconds, options.ReconnectMaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private MqttClientOptions ClientOptions(HomeAssistantSettings settings, MqttWillMessage? will, string clientIdPrefix) => new()
    {
        Host = settings.Host!,
        Port = settings.Port,
        ClientId = clientIdPrefix + Guid.NewGuid().ToString("N")[..8],
        UserName = settings.Username,
        Password = settings.Password,
        UseTls = settings.UseTls,
        CertificateValidation = options.CertificateValidation,
        KeepAlive = options.KeepAlive,
        ConnectTimeout = options.ConnectTimeout,
        Will = will,
    };

    private async Task RunSessionAsync(HomeAssistantSettings settings, Action connected, CancellationToken cancellationToken)
    {
        var topics = new HomeAssistantTopics(settings.DiscoveryPrefix, options.BaseTopic);
        var will = new MqttWillMessage(topics.Availability, Encoding.UTF8.GetBytes("offline"), MqttQualityOfService.AtLeastOnce, Retain: true);
        var client = new MqttClient(ClientOptions(settings, will, "printernizer-"), timeProvider, _logger);
        await using (client)
        {
            await client.ConnectAsync(cancellationToken);
            _client = client;
            var subscription = hub.Subscribe();
            var session = new Session(this, client, topics, settings);
            using var pumps = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                await client.SubscribeAsync(topics.HomeAssistantStatus, MqttQualityOfService.AtLeastOnce, cancellationToken);
                if (settings.AllowControl)
                {
                    await client.SubscribeAsync(topics.CommandFilter, MqttQualityOfService.AtLeastOnce, cancellationToken);
                }

                await client.PublishAsync(topics.Availability, "online", MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken);
                _status = new HomeAssistantBridgeStatus(true, null);
                connected();
                _logger.LogInformation("Publishing printers to Home Assistant via {Broker} (discovery prefix '{Prefix}')", client.Options, settings.DiscoveryPrefix);

                var eventPump = Task.Run(() => session.PumpEventsAsync(subscription, pumps.Token), CancellationToken.None);
                var messagePump = Task.Run(() => session.PumpMessagesAsync(pumps.Token), CancellationToken.None);
                try
                {
                    await session.RunAsync(cancellationToken);
                }
                finally
                {
                    await pumps.CancelAsync();
                    await Task.WhenAll(eventPump, messagePump).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
            finally
            {
                subscription.Dispose();
                _client = null;
                _status = new HomeAssistantBridgeStatus(false, _status.LastError);
                if (client.IsConnected)
                {
                    // A clean stop (reload or shutdown): say goodbye so Home Assistant shows the entities as unavailable.
                    try
                    {
                        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), timeProvider);
                        await client.PublishAsync(topics.Availability, "offline", MqttQualityOfService.AtLeastOnce, retain: true, timeout.Token);
                    }
                    catch (Exception ex) when (ex is MqttException or TimeoutException or OperationCanceledException or IOException)
                    {
                        _logger.LogDebug(ex, "Could not publish 'offline' to Home Assistant");
                    }
                }
            }
        }
    }

    /// <summary>One broker connection: what has been published, what is pending.</summary>
    private sealed class Session(HomeAssistantPublisher owner, MqttClient client, HomeAssistantTopics topics, HomeAssistantSettings settings)
    {
        private readonly Dictionary<Guid, string> _published = [];
        private readonly Dictionary<Guid, long> _stateSentAt = [];
        private readonly HashSet<Guid> _dirty = [];
        private readonly ConcurrentQueue<Guid> _removed = new();
        private readonly Lock _lock = new();
        private volatile bool _republish = true;
        private long _nextResync;

        private TimeProvider Clock => owner.Clock;

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var tick = TimeSpan.FromMilliseconds(Math.Clamp(owner.Options.StateInterval.TotalMilliseconds / 5, 20, 250));
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (client.Completion.IsCompleted)
                {
                    throw client.CloseReason ?? new MqttConnectionClosedException("The connection to the broker was closed.");
                }

                await FlushAsync(cancellationToken);
                await Task.WhenAny(Task.Delay(tick, Clock, cancellationToken), client.Completion);
            }
        }

        public async Task PumpEventsAsync(RealtimeSubscription subscription, CancellationToken cancellationToken)
        {
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    var evt = await subscription.ReadAsync(TimeSpan.FromSeconds(5), cancellationToken);
                    if (evt is null)
                    {
                        if (subscription.IsCompleted)
                        {
                            // Fell behind and was dropped by the hub: start over with everything.
                            subscription.Dispose();
                            subscription = owner.Hub.Subscribe();
                            _republish = true;
                        }

                        continue;
                    }

                    var key = evt.CoalesceKey;
                    var bar = key?.IndexOf('|', StringComparison.Ordinal) ?? -1;
                    if (bar < 0 || !Guid.TryParse(key.AsSpan(bar + 1), out var printerId))
                    {
                        continue;
                    }

                    if (evt.Name == "printer.status")
                    {
                        lock (_lock)
                        {
                            _dirty.Add(printerId);
                        }
                    }
                    else if (evt.Name == "printer.removed")
                    {
                        _removed.Enqueue(printerId);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            finally
            {
                subscription.Dispose();
            }
        }

        public async Task PumpMessagesAsync(CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var message in client.Messages.ReadAllAsync(cancellationToken))
                {
                    var payload = Encoding.UTF8.GetString(message.Payload.Span).Trim();
                    if (message.Topic == topics.HomeAssistantStatus)
                    {
                        if (string.Equals(payload, "online", StringComparison.OrdinalIgnoreCase))
                        {
                            owner.Logger.LogInformation("Home Assistant is online: republishing the discovery configs");
                            _republish = true;
                        }
                    }
                    else if (topics.PrinterIdOfCommand(message.Topic) is { } printerId && settings.AllowControl)
                    {
                        await ControlAsync(printerId, payload, cancellationToken);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The connection ended; RunAsync notices through Completion.
                owner.Logger.LogDebug(ex, "Home Assistant message loop ended");
            }
            catch (OperationCanceledException)
            {
            }
        }

        private async Task ControlAsync(Guid printerId, string payload, CancellationToken cancellationToken)
        {
            PrinterControlAction? action = payload.ToLowerInvariant() switch
            {
                "pause" => PrinterControlAction.Pause,
                "resume" => PrinterControlAction.Resume,
                "stop" => PrinterControlAction.Stop,
                _ => null,
            };
            if (action is null)
            {
                owner.Logger.LogWarning("Ignoring unknown Home Assistant command '{Payload}' for printer {PrinterId}", payload.Length > 20 ? payload[..20] : payload, printerId);
                return;
            }

            try
            {
                using var scope = owner.Scopes.CreateScope();
                using (ActorOverride.Begin(Actor))
                {
                    await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ControlPrinterCommand(printerId, action.Value), cancellationToken);
                }

                owner.Logger.LogInformation("Home Assistant: {Action} sent to printer {PrinterId}", action, printerId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                owner.Logger.LogWarning("Home Assistant asked to {Action} printer {PrinterId}: {Reason}", action, printerId, ex.Message);
            }
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            while (_removed.TryDequeue(out var removed))
            {
                await RemoveAsync(removed, cancellationToken);
            }

            var now = Clock.GetTimestamp();
            if (_republish || now >= _nextResync)
            {
                var all = _republish;
                _republish = false;
                _nextResync = now + (long)(owner.Options.ResyncInterval.TotalSeconds * Clock.TimestampFrequency);
                await SyncConfigsAsync(all, cancellationToken);
            }

            List<Guid> due;
            lock (_lock)
            {
                due = _dirty.Where(id => !_stateSentAt.TryGetValue(id, out var at) || Clock.GetElapsedTime(at, now) >= owner.Options.StateInterval).ToList();
                foreach (var id in due)
                {
                    _dirty.Remove(id);
                }
            }

            foreach (var printerId in due)
            {
                if (!_published.ContainsKey(printerId))
                {
                    using var scope = owner.Scopes.CreateScope();
                    var printer = await scope.ServiceProvider.GetRequiredService<IPrinterRepository>().GetAsync(printerId, cancellationToken);
                    if (printer is null)
                    {
                        continue;
                    }

                    await PublishConfigsAsync(printer, cancellationToken);
                }

                _stateSentAt[printerId] = Clock.GetTimestamp();
                await client.PublishAsync(topics.State(printerId), HomeAssistantDiscovery.StatePayload(owner.Statuses.Get(printerId)), MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken);
            }
        }

        private async Task SyncConfigsAsync(bool all, CancellationToken cancellationToken)
        {
            IReadOnlyList<Printer> printers;
            using (var scope = owner.Scopes.CreateScope())
            {
                printers = await scope.ServiceProvider.GetRequiredService<IPrinterRepository>().ListAsync(cancellationToken);
            }

            foreach (var printer in printers)
            {
                if (all || !_published.TryGetValue(printer.Id, out var signature) || signature != HomeAssistantDiscovery.Signature(printer))
                {
                    await PublishConfigsAsync(printer, cancellationToken);
                    lock (_lock)
                    {
                        _dirty.Add(printer.Id);
                        _stateSentAt.Remove(printer.Id);
                    }
                }
            }

            foreach (var gone in _published.Keys.Except(printers.Select(p => p.Id)).ToList())
            {
                await RemoveAsync(gone, cancellationToken);
            }
        }

        private async Task PublishConfigsAsync(Printer printer, CancellationToken cancellationToken)
        {
            foreach (var entity in HomeAssistantDiscovery.Entities(printer, topics, settings.AllowControl, Version))
            {
                await client.PublishAsync(topics.Config(entity.Component, printer.Id, entity.ObjectId), entity.Config.ToJsonString(), MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken);
            }

            if (!settings.AllowControl)
            {
                foreach (var button in HomeAssistantDiscovery.ButtonIds)
                {
                    await client.PublishAsync(topics.Config("button", printer.Id, button), ReadOnlyMemory<byte>.Empty, MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken);
                }
            }

            _published[printer.Id] = HomeAssistantDiscovery.Signature(printer);
        }

        private async Task RemoveAsync(Guid printerId, CancellationToken cancellationToken)
        {
            foreach (var (component, objectId) in HomeAssistantDiscovery.AllEntities)
            {
                await client.PublishAsync(topics.Config(component, printerId, objectId), ReadOnlyMemory<byte>.Empty, MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken);
            }

            await client.PublishAsync(topics.State(printerId), ReadOnlyMemory<byte>.Empty, MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken);
            _published.Remove(printerId);
            lock (_lock)
            {
                _dirty.Remove(printerId);
                _stateSentAt.Remove(printerId);
            }

            owner.Logger.LogInformation("Removed printer {PrinterId} from Home Assistant", printerId);
        }
    }
}
