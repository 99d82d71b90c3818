using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>
/// Bambu Lab LAN driver (A1 first; P1/X1 alike): one MQTT-over-TLS connection per <see cref="RunAsync"/> call.
/// <para>
/// RunAsync connects (user bblp, password = access code, SNI = serial, TOFU certificate pin), subscribes to
/// <c>device/&lt;serial&gt;/report</c>, sends get_version and pushall, merges deltas and pushes every changed
/// <see cref="PrinterStatusReport"/>. Watchdog: after <see cref="BambuDriverOptions.ReportSilenceTimeout"/> of silence one
/// pushall; if the printer stays silent for <see cref="BambuDriverOptions.ReportSilenceGrace"/> more, RunAsync
/// <b>throws</b> <see cref="PrinterCommunicationException"/> (Unreachable) so the connection manager reconnects with its
/// backoff — each RunAsync uses a fresh client id. It also throws when the connection drops; it returns after a
/// clean DISCONNECT when cancelled. Wrong access code: AuthenticationFailed = true.
/// </para>
/// </summary>
public sealed partial class BambuPrinterDriver : IPrinterDriver
{
    private readonly PrinterConnectionSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<BambuPrinterDriver> _logger;
    private readonly BambuDriverOptions _options;
    private readonly SemaphoreSlim _commandLock = new(1, 1);
    private readonly ConcurrentDictionary<string, PendingCommand> _pendingCommands = new(StringComparer.Ordinal);
    private readonly Lock _pushallLock = new();
    private readonly BambuReportMerger _merger = new();
    private readonly BambuStatusNormalizer _normalizer = new();
    private volatile MqttClient? _client;
    private volatile string? _gcodeState;
    private volatile bool _stopRequested;
    private volatile Session? _session;
    private int _unansweredCommands;
    private int _sequence;
    private long _lastPushallAt;
    private long _lastAutomaticPushallAt;
    private bool _pushallDeferred;
    private bool _anyPushallSent;
    private bool _anyAutomaticPushallSent;

    public BambuPrinterDriver(PrinterConnectionSettings settings, TimeProvider timeProvider, ILogger<BambuPrinterDriver> logger, BambuDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger;
        _options = options ?? new BambuDriverOptions();
    }

    private string Serial => _settings.Serial ?? string.Empty;

    private string ReportTopic => $"device/{Serial}/report";

    private string RequestTopic => $"device/{Serial}/request";

    public static BambuPrinterDriver Create(PrinterConnectionSettings settings, TimeProvider timeProvider, ILogger<BambuPrinterDriver> logger, BambuDriverOptions? options = null) =>
        new(settings, timeProvider, logger, options);

    public async Task RunAsync(IPrinterDriverSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ValidateSettings();
        var pin = new CertificatePinValidator(_settings.TlsFingerprint, _options.RequireCommonNameMatchesSerial ? Serial : null);
        var client = new MqttClient(
            new MqttClientOptions
            {
                Host = _settings.Host!,
                Port = _settings.MqttPort,
                ClientId = $"{_options.ClientIdPrefix}-{Serial}-{Guid.NewGuid():N}",
                UserName = _options.UserName,
                Password = _settings.AccessCode,
                KeepAlive = _options.KeepAlive,
                CleanSession = true,
                UseTls = true,
                TlsTargetHost = Serial,
                TlsProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                CertificateValidation = pin.Validate,
                MaxPacketSize = _options.MaxPacketSize,
                ConnectTimeout = _options.ConnectTimeout,
                AckTimeout = _options.CommandAckTimeout,
            },
            _time,
            _logger);
        var session = new Session(this, sink, client);
        try
        {
            if (!await ConnectAsync(client, pin, cancellationToken))
            {
                return;
            }

            _observedFingerprint = pin.ObservedFingerprint;
            if (pin.Outcome == CertificatePinOutcome.FirstUse && pin.ObservedFingerprint is { } fingerprint)
            {
                _logger.LogInformation("Pinning the TLS certificate of {Printer}: {Fingerprint}", _settings, fingerprint);
                await sink.CertificatePinnedAsync(fingerprint, cancellationToken);
            }

            try
            {
                await client.SubscribeAsync(ReportTopic, MqttQualityOfService.AtMostOnce, cancellationToken);
            }
            catch (MqttSubscribeException ex)
            {
                throw new PrinterCommunicationException($"{_settings} refused the subscription to its report topic. Check the serial number (it is case-sensitive).", unreachable: false, ex);
            }

            // The merged state survives reconnects: deltas that arrive before the pushall reply merge into the last
            // known state instead of starting from a partial document (which would look like an idle printer).
            _client = client;
            _session = session;
            Interlocked.Exchange(ref _unansweredCommands, 0);
            await session.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // clean stop below
        }
        catch (MqttException ex)
        {
            throw new PrinterCommunicationException($"Lost the connection to {_settings}: {ex.Message}", unreachable: true, ex);
        }
        catch (TimeoutException ex)
        {
            throw new PrinterCommunicationException($"{_settings} did not answer in time: {ex.Message}", unreachable: true, ex);
        }
        catch (IOException ex)
        {
            throw new PrinterCommunicationException($"Lost the connection to {_settings}: {ex.Message}", unreachable: true, ex);
        }
        finally
        {
            _client = null;
            _session = null;
            FailPendingCommands(new PrinterCommunicationException($"The connection to {_settings} ended before the printer answered.", unreachable: true));
            await client.DisposeAsync();
        }
    }

    public async Task ExecuteAsync(PrinterControlAction action, CancellationToken cancellationToken)
    {
        var command = action switch
        {
            PrinterControlAction.Pause => "pause",
            PrinterControlAction.Resume => "resume",
            PrinterControlAction.Stop => "stop",
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
        await _commandLock.WaitAsync(cancellationToken);
        try
        {
            var client = _client;
            if (client is null || !client.IsConnected)
            {
                throw new PrinterCommunicationException($"{_settings} is not connected right now; try again when it is online.", unreachable: true);
            }

            var state = _gcodeState;
            var allowed = action switch
            {
                PrinterControlAction.Pause => state == "RUNNING",
                PrinterControlAction.Resume => state == "PAUSE",
                _ => state is "RUNNING" or "PAUSE" or "PREPARE" or "SLICING",
            };
            if (!allowed)
            {
                throw new ConflictException($"Cannot {command} {_settings.Name} while it is {Describe(state)}.");
            }

            var sequenceId = NextSequenceId();
            var pending = new PendingCommand(command);
            _pendingCommands[sequenceId] = pending;
            try
            {
                var payload = new JsonObject
                {
                    ["print"] = new JsonObject { ["sequence_id"] = sequenceId, ["command"] = command, ["param"] = string.Empty },
                };
                try
                {
                    await client.PublishAsync(RequestTopic, Encoding.UTF8.GetBytes(payload.ToJsonString()), MqttQualityOfService.AtLeastOnce, retain: false, cancellationToken);
                }
                catch (Exception ex) when (ex is MqttException or TimeoutException or IOException or ObjectDisposedException)
                {
                    throw new PrinterCommunicationException($"Could not send '{command}' to {_settings}: {ex.Message}", unreachable: true, ex);
                }

                CommandAck ack;
                try
                {
                    ack = await pending.Completion.Task.WaitAsync(_options.CommandAckTimeout, _time, cancellationToken);
                }
                catch (TimeoutException ex)
                {
                    // A missing ack is not proof of failure: accept the state change we expected (doc §6.1).
                    if (ReachedExpectedState(action, _gcodeState))
                    {
                        Interlocked.Exchange(ref _unansweredCommands, 0);
                        MarkStopped(action);
                        return;
                    }

                    if (Interlocked.Increment(ref _unansweredCommands) >= 2)
                    {
                        // Two unanswered commands in a row mean a half-broken session (doc §6.1): reconnect, new client id.
                        _session?.ForceReconnect(new PrinterCommunicationException(
                            $"{_settings} left two commands unanswered; reconnecting with a fresh session.", unreachable: true));
                    }

                    throw new PrinterCommunicationException(
                        string.Create(CultureInfo.InvariantCulture, $"{_settings} did not confirm '{command}' within {_options.CommandAckTimeout.TotalSeconds:0} s."),
                        unreachable: true,
                        ex);
                }

                if (ack.AuthorizationRefused)
                {
                    throw new PrinterCommunicationException(
                        $"{_settings.Name} rejected '{command}': its firmware only accepts control commands from Bambu's own software unless Developer Mode is on. "
                        + "On the printer, enable LAN Only mode, then Developer Mode, read the new access code from the printer's screen and enter it in Printernizer. "
                        + "Monitoring keeps working without it.",
                        unreachable: false);
                }

                if (ack.Failed)
                {
                    throw new PrinterCommunicationException(
                        $"{_settings.Name} refused '{command}'" + (string.IsNullOrWhiteSpace(ack.Reason) ? "." : ": " + ack.Reason),
                        unreachable: false);
                }

                Interlocked.Exchange(ref _unansweredCommands, 0);
                MarkStopped(action);
            }
            finally
            {
                _pendingCommands.TryRemove(sequenceId, out _);
            }
        }
        finally
        {
            _commandLock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        FailPendingCommands(new PrinterCommunicationException($"The driver for {_settings} was shut down.", unreachable: true));
        _commandLock.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static bool ReachedExpectedState(PrinterControlAction action, string? state) => action switch
    {
        PrinterControlAction.Pause => state == "PAUSE",
        PrinterControlAction.Resume => state == "RUNNING",
        _ => state is "FAILED" or "IDLE" or "FINISH",
    };

    private static string Describe(string? gcodeState) => gcodeState switch
    {
        null or "" => "in an unknown state (no status received yet)",
        "IDLE" => "idle",
        "RUNNING" => "printing",
        "PAUSE" => "paused",
        "PREPARE" => "preparing a print",
        "SLICING" => "slicing",
        "FINISH" => "finished",
        "FAILED" => "stopped after a failed or cancelled print",
        _ => gcodeState.ToLowerInvariant(),
    };

    private void MarkStopped(PrinterControlAction action)
    {
        if (action == PrinterControlAction.Stop)
        {
            _stopRequested = true;
        }
    }

    private void ValidateSettings()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(_settings.Host))
        {
            missing.Add("IP address");
        }

        if (string.IsNullOrWhiteSpace(_settings.Serial))
        {
            missing.Add("serial number");
        }

        if (string.IsNullOrWhiteSpace(_settings.AccessCode))
        {
            missing.Add("access code");
        }

        if (missing.Count > 0)
        {
            throw new PrinterCommunicationException($"{_settings} cannot be connected: the {string.Join(", ", missing)} is missing.", unreachable: false)
            {
                AuthenticationFailed = true,
            };
        }
    }

    private async Task<bool> ConnectAsync(MqttClient client, CertificatePinValidator pin, CancellationToken cancellationToken)
    {
        try
        {
            await client.ConnectAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (MqttConnectException ex) when (ex.IsAuthenticationFailure)
        {
            throw new PrinterCommunicationException(
                $"{_settings} refused the login: wrong access code (or serial number). Read the current access code on the printer's screen "
                + "(it changes whenever LAN Only mode or Developer Mode is toggled) and enter it again.",
                unreachable: false,
                ex) { AuthenticationFailed = true };
        }
        catch (MqttConnectException ex)
        {
            throw new PrinterCommunicationException($"{_settings} refused the MQTT connection: {ex.Message}", unreachable: false, ex);
        }
        catch (AuthenticationException ex)
        {
            throw pin.CreateFailure(_settings.ToString(), ex)
                ?? new PrinterCommunicationException($"TLS handshake with {_settings} failed: {ex.Message}", unreachable: true, ex);
        }
        catch (TimeoutException ex)
        {
            throw new PrinterCommunicationException($"{_settings} did not answer within {_options.ConnectTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s. Check that it is on and the IP address is right.", unreachable: true, ex);
        }
        catch (SocketException ex)
        {
            throw new PrinterCommunicationException($"Cannot reach {_settings} on port {_settings.MqttPort.ToString(CultureInfo.InvariantCulture)}: {ex.Message}. Check that it is on and the IP address is right.", unreachable: true, ex);
        }
        catch (Exception ex) when (ex is IOException or MqttException)
        {
            throw new PrinterCommunicationException($"Connecting to {_settings} failed: {ex.Message}", unreachable: true, ex);
        }
    }

    private string NextSequenceId()
    {
        // Stay below BambuStudio's 20000-29999 range.
        var next = Interlocked.Increment(ref _sequence);
        return (((next - 1) % 19_999) + 1).ToString(CultureInfo.InvariantCulture);
    }

    private void FailPendingCommands(Exception reason)
    {
        foreach (var pending in _pendingCommands.Values)
        {
            pending.Completion.TrySetException(reason);
        }
    }

    /// <summary>
    /// Sends a pushall if the rate limits allow (a manual request that hits the limit is deferred). The QoS 1 publish
    /// runs in the background so the report loop never waits for a PUBACK it would itself have to deliver.
    /// </summary>
    private bool RequestPushall(MqttClient client, bool automatic)
    {
        var now = _time.GetTimestamp();
        lock (_pushallLock)
        {
            if (_anyPushallSent && _time.GetElapsedTime(_lastPushallAt, now) < _options.PushallMinInterval)
            {
                _pushallDeferred = !automatic || _pushallDeferred;
                return false;
            }

            if (automatic && _anyAutomaticPushallSent && _time.GetElapsedTime(_lastAutomaticPushallAt, now) < _options.AutomaticPushallMinInterval)
            {
                return false;
            }

            _anyPushallSent = true;
            _lastPushallAt = now;
            _pushallDeferred = false;
            if (automatic)
            {
                _anyAutomaticPushallSent = true;
                _lastAutomaticPushallAt = now;
            }
        }

        var json = "{\"pushing\":{\"sequence_id\":\"" + NextSequenceId() + "\",\"command\":\"pushall\",\"version\":1,\"push_target\":1}}";
        PublishInBackground(client, json, "pushall");
        return true;
    }

    private void PublishInBackground(MqttClient client, string json, string what) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await client.PublishAsync(RequestTopic, Encoding.UTF8.GetBytes(json), MqttQualityOfService.AtLeastOnce, retain: false, CancellationToken.None);
                _logger.LogDebug("{What} sent to {Printer}", what, _settings);
            }
            catch (Exception ex) when (ex is MqttException or TimeoutException or IOException or ObjectDisposedException)
            {
                _logger.LogDebug(ex, "{What} to {Printer} could not be sent", what, _settings);
            }
        });

    private bool PushallDue()
    {
        lock (_pushallLock)
        {
            return _pushallDeferred && _time.GetElapsedTime(_lastPushallAt) >= _options.PushallMinInterval;
        }
    }

    private sealed record CommandAck(bool Failed, bool AuthorizationRefused, string? Reason);

    private sealed class PendingCommand(string command)
    {
        public string Command { get; } = command;

        public TaskCompletionSource<CommandAck> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>State of one connection: read loop, watchdog, get_version retries.</summary>
    private sealed class Session(BambuPrinterDriver driver, IPrinterDriverSink sink, MqttClient client)
    {
        private long _lastReportAt;
        private long _connectedAt;
        private long _watchdogPushallAt;
        private bool _watchdogPushallSent;
        private bool _anyReport;
        private string? _getVersionSequence;
        private int _getVersionAttempts;
        private long _getVersionSentAt;
        private volatile bool _versionReceived;
        private PrinterInfo? _version;
        private PrinterInfo? _reportedInfo;
        private PrinterStatusReport? _lastStatus;
        private int _consecutiveFailures;
        private volatile PrinterCommunicationException? _watchdogFailure;
        private CancellationTokenSource? _loop;

        private TimeProvider Time => driver._time;

        private ILogger Logger => driver._logger;

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            _connectedAt = _lastReportAt = Time.GetTimestamp();
            SendGetVersion();
            if (!driver.RequestPushall(client, automatic: false))
            {
                Logger.LogDebug("pushall for {Printer} deferred by the rate limit", driver._settings);
            }

            using var loop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Volatile.Write(ref _loop, loop);
            var watchdog = Task.Run(() => WatchdogAsync(loop), CancellationToken.None);
            try
            {
                await foreach (var message in client.Messages.ReadAllAsync(loop.Token))
                {
                    await HandleMessageAsync(message, loop.Token);
                }

                if (!cancellationToken.IsCancellationRequested)
                {
                    throw new PrinterCommunicationException($"{driver._settings} closed the connection.", unreachable: true);
                }
            }
            catch (OperationCanceledException) when (_watchdogFailure is { } failure && !cancellationToken.IsCancellationRequested)
            {
                throw failure;
            }
            finally
            {
                Volatile.Write(ref _loop, null);
                await loop.CancelAsync();
                await watchdog;
            }
        }

        /// <summary>Ends this session with <paramref name="reason"/> (RunAsync throws it; the caller reconnects).</summary>
        public void ForceReconnect(PrinterCommunicationException reason)
        {
            _watchdogFailure ??= reason;
            try
            {
                Volatile.Read(ref _loop)?.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        private async Task WatchdogAsync(CancellationTokenSource loop)
        {
            var options = driver._options;
            var tick = TimeSpan.FromMilliseconds(Math.Clamp(options.ReportSilenceTimeout.TotalMilliseconds / 10, 50, 1000));
            try
            {
                while (!loop.IsCancellationRequested)
                {
                    await Task.Delay(tick, Time, loop.Token);
                    var now = Time.GetTimestamp();
                    if (!_versionReceived && _getVersionAttempts < options.GetVersionAttempts
                        && Time.GetElapsedTime(Volatile.Read(ref _getVersionSentAt), now) >= options.GetVersionRetryInterval)
                    {
                        SendGetVersion();
                    }

                    if (driver.PushallDue())
                    {
                        driver.RequestPushall(client, automatic: false);
                    }

                    var silence = Time.GetElapsedTime(Volatile.Read(ref _lastReportAt), now);
                    if (silence < options.ReportSilenceTimeout)
                    {
                        _watchdogPushallSent = false;
                        continue;
                    }

                    if (!_watchdogPushallSent)
                    {
                        _watchdogPushallSent = true;
                        _watchdogPushallAt = now;
                        Logger.LogInformation("No report from {Printer} for {Seconds:0} s; requesting a full status", driver._settings, silence.TotalSeconds);
                        driver.RequestPushall(client, automatic: false);
                    }
                    else if (Time.GetElapsedTime(_watchdogPushallAt, now) >= options.ReportSilenceGrace)
                    {
                        var seconds = Time.GetElapsedTime(Volatile.Read(ref _lastReportAt), now).TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
                        _watchdogFailure = new PrinterCommunicationException(
                            _anyReport
                                ? $"{driver._settings} stopped sending reports ({seconds} s without data, even after a full-status request); reconnecting."
                                : $"Connected to {driver._settings}, but it sends no reports (nothing for {seconds} s). Check the serial number (it is case-sensitive); "
                                  + "the printer may also have too many MQTT clients connected (Bambu Studio, Handy, Home Assistant).",
                            unreachable: true);
                        await loop.CancelAsync();
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex) when (ex is MqttException or TimeoutException or IOException)
            {
                Logger.LogDebug(ex, "Watchdog of {Printer} could not send", driver._settings);
            }
        }

        private void SendGetVersion()
        {
            _getVersionAttempts++;
            Volatile.Write(ref _getVersionSentAt, Time.GetTimestamp());
            var sequence = driver.NextSequenceId();
            _getVersionSequence = sequence;
            var json = "{\"info\":{\"sequence_id\":\"" + sequence + "\",\"command\":\"get_version\"}}";
            driver.PublishInBackground(client, json, "get_version");
        }

        private async Task HandleMessageAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
        {
            Volatile.Write(ref _lastReportAt, Time.GetTimestamp());
            _anyReport = true;
            var root = BambuJson.ParseObject(message.Payload.Span);
            if (root is null)
            {
                var raw = Encoding.UTF8.GetString(message.Payload.Span[..Math.Min(message.Payload.Length, 300)]);
                Logger.LogWarning("Dropping an unreadable report from {Printer} ({Length} bytes): {Raw}", driver._settings, message.Payload.Length, raw);
                CountFailure();
                return;
            }

            foreach (var (key, node) in root.ToArray())
            {
                if (node is not JsonObject body)
                {
                    continue;
                }

                var command = body.Get("command").AsString();
                if (key == "print" && command == "push_status")
                {
                    await HandleStatusAsync(body, cancellationToken);
                }
                else if (key == "info" && command == "get_version")
                {
                    await HandleVersionAsync(body, cancellationToken);
                }
                else if (command is not null && body.Get("sequence_id").AsString() is { } sequence)
                {
                    HandleAck(command, sequence, body);
                }
            }
        }

        private void CountFailure()
        {
            if (++_consecutiveFailures >= driver._options.FailuresBeforePushall)
            {
                _consecutiveFailures = 0;
                driver.RequestPushall(client, automatic: true);
            }
        }

        private void HandleAck(string command, string sequence, JsonObject body)
        {
            if (!driver._pendingCommands.TryGetValue(sequence, out var pending) || !string.Equals(pending.Command, command, StringComparison.Ordinal))
            {
                return; // someone else's command (Bambu Studio, Handy) or a late ack
            }

            var result = body.Get("result").AsString();
            var reason = body.Get("reason").AsString();
            var errorCode = body.Get("err_code").AsUInt32();
            var failed = string.Equals(result, "failed", StringComparison.OrdinalIgnoreCase) || string.Equals(result, "fail", StringComparison.OrdinalIgnoreCase);
            var verifyFailed = (reason?.Contains("verify", StringComparison.OrdinalIgnoreCase) ?? false) || errorCode == BambuStatusNormalizer.AuthorizationErrorCode;
            pending.Completion.TrySetResult(new CommandAck(failed || verifyFailed, verifyFailed, reason));
        }

        private async Task HandleVersionAsync(JsonObject info, CancellationToken cancellationToken)
        {
            if (info.Get("sequence_id").AsString() is { } sequence && sequence != _getVersionSequence && _versionReceived)
            {
                return;
            }

            _versionReceived = true;
            _version = BambuVersionInfo.Parse(info);
            if (_version.Serial is { } reported && !string.Equals(reported, driver.Serial, StringComparison.Ordinal)
                && string.Equals(reported, driver.Serial, StringComparison.OrdinalIgnoreCase))
            {
                Logger.LogWarning("{Printer}: the printer reports serial {Reported}; the configured one differs in case", driver._settings, reported);
            }

            await ReportInfoAsync(cancellationToken);
        }

        private async Task ReportInfoAsync(CancellationToken cancellationToken)
        {
            if (_version is null)
            {
                return;
            }

            var nozzle = driver._merger.State?.Get("nozzle_diameter").AsString();
            var info = _version with { NozzleDiameter = string.IsNullOrWhiteSpace(nozzle) ? null : nozzle };
            if (info == _reportedInfo)
            {
                return;
            }

            _reportedInfo = info;
            try
            {
                await sink.PrinterInfoAsync(info, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogError(ex, "Storing printer info of {Printer} failed", driver._settings);
            }
        }

        private async Task HandleStatusAsync(JsonObject print, CancellationToken cancellationToken)
        {
            var authorizationRefused = BambuStatusNormalizer.ShowsAuthorizationRefusal(print);
            var previousState = driver._normalizer.LastGcodeState;
            PrinterStatusReport report;
            try
            {
                driver._merger.Apply(print);
                if (driver._stopRequested)
                {
                    driver._stopRequested = false;
                    driver._normalizer.MarkStoppedByUser();
                }

                report = driver._normalizer.Normalize(driver._merger.State!);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad report must not stop the loop; start over from the next full report.
                Logger.LogWarning(ex, "Could not merge a report from {Printer}; requesting a full status", driver._settings);
                driver._merger.Reset();
                driver.RequestPushall(client, automatic: true);
                return;
            }

            _consecutiveFailures = 0;
            var state = driver._merger.State!;
            var gcodeState = driver._normalizer.LastGcodeState;
            driver._gcodeState = gcodeState;
            if (authorizationRefused)
            {
                foreach (var pending in driver._pendingCommands.Values)
                {
                    pending.Completion.TrySetResult(new CommandAck(true, true, "mqtt message verify failed"));
                }
            }

            if (BambuStatusNormalizer.IsActive(gcodeState) && !BambuStatusNormalizer.IsActive(previousState) && previousState is not null
                && (state.Get("total_layer_num").AsInt32() ?? 0) == 0)
            {
                // total_layer_num may be sent only once (doc §4.2 rule 6)
                driver.RequestPushall(client, automatic: true);
            }

            // Until the state holds a gcode_state (first delta before the pushall reply) a report would be a guess.
            if (state.ContainsKey("gcode_state") && (_lastStatus is null || !StatusEquals(_lastStatus, report)))
            {
                _lastStatus = report;
                driver._loadedMaterials = report.LoadedMaterials;
                try
                {
                    await sink.StatusAsync(report, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Logger.LogError(ex, "Storing the status of {Printer} failed", driver._settings);
                }
            }

            await ReportInfoAsync(cancellationToken);
        }

        private static bool StatusEquals(PrinterStatusReport a, PrinterStatusReport b) =>
            a with { Errors = b.Errors, LoadedMaterials = b.LoadedMaterials } == b
            && a.Errors.SequenceEqual(b.Errors)
            && a.LoadedMaterials.SequenceEqual(b.LoadedMaterials);
    }
}
