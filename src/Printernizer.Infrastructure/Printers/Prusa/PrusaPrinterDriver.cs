using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Application.Queue;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// Live connection to a Prusa printer with Buddy firmware (CORE One, MK4, XL, MINI) over PrusaLink.
/// <para>
/// <see cref="RunAsync"/>: <c>GET /api/version</c> and <c>/api/v1/info</c> → <see cref="IPrinterDriverSink.PrinterInfoAsync"/>;
/// then polls <c>/api/v1/status</c> on the <see cref="PrusaPollSchedule"/> and pushes a
/// <see cref="PrinterStatusReport"/> after <b>every</b> poll (the sink sees a heartbeat; deduplication is the
/// job tracker's business). <c>/api/v1/job</c> is read only when the status' job id changes; the last job is
/// remembered so FINISHED/STOPPED are reported with its id and names.
/// </para>
/// <para>
/// Unreachable printer or wrong password → <see cref="RunAsync"/> throws <see cref="PrinterCommunicationException"/>
/// (<c>Unreachable</c> / <c>AuthenticationFailed</c>) for the connection manager to report and retry. Bad answers
/// (5xx, malformed JSON) are skipped until <see cref="PrusaDriverOptions.MaxConsecutiveBadAnswers"/> in a row.
/// </para>
/// </summary>
public sealed class PrusaPrinterDriver : IPrinterDriver, IPrintDispatcher
{
    private readonly PrusaLinkClient _client;
    private readonly PrusaDriverOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _name;
    private readonly PrusaPollSchedule _schedule;
    private TaskCompletionSource _wake = NewWake();
    private PrusaJobSnapshot? _lastJob;
    private string? _loadedMaterial;
    private bool _materialUnsupported;
    private PrinterState? _lastState;
    private long _lastPollStarted;

    public PrusaPrinterDriver(
        PrinterConnectionSettings settings,
        PrusaDriverOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<PrusaPrinterDriver>? logger = null)
        : this(
            PrusaLinkClient.Create(
                PrusaLinkClientOptions.From(settings) with
                {
                    AuthMode = (options ?? new PrusaDriverOptions()).AuthMode,
                    RequestTimeout = (options ?? new PrusaDriverOptions()).RequestTimeout,
                },
                timeProvider),
            settings.Name,
            options,
            timeProvider,
            logger)
    {
    }

    /// <summary>Uses an existing client (the driver owns and disposes it).</summary>
    public PrusaPrinterDriver(
        PrusaLinkClient client,
        string printerName,
        PrusaDriverOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<PrusaPrinterDriver>? logger = null)
    {
        _client = client;
        _name = printerName;
        _options = options ?? new PrusaDriverOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _schedule = new PrusaPollSchedule(_options);
    }

    /// <summary>The underlying client, for file listing, downloads, thumbnails and uploads on the same per-printer queue.</summary>
    public PrusaLinkClient Client => _client;

    /// <summary>The last job seen (kept after it ended), or null.</summary>
    public PrusaJobSnapshot? LastJob => Volatile.Read(ref _lastJob);

    public async Task RunAsync(IPrinterDriverSink sink, CancellationToken cancellationToken)
    {
        try
        {
            await ConnectAsync(sink, cancellationToken);
            var badAnswers = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _lastPollStarted = _timeProvider.GetTimestamp();
                PrinterStatusReport? report = null;
                try
                {
                    report = await PollOnceAsync(cancellationToken);
                    badAnswers = 0;
                }
                catch (PrinterCommunicationException ex) when (!ex.Unreachable && !ex.AuthenticationFailed)
                {
                    badAnswers++;
                    _logger.LogWarning("Prusa printer {Printer}: bad answer {Count}/{Max}: {Message}", _name, badAnswers, _options.MaxConsecutiveBadAnswers, ex.Message);
                    if (badAnswers >= _options.MaxConsecutiveBadAnswers)
                    {
                        throw;
                    }
                }

                if (report is not null)
                {
                    await sink.StatusAsync(report, cancellationToken);
                }

                await WaitForNextPollAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // clean stop
        }
        catch (NotFoundException ex)
        {
            throw new PrinterCommunicationException(
                $"The device at {_client.PrinterAddress} answers HTTP but does not offer the PrusaLink API ({ex.Message}).",
                ex);
        }
    }

    public async Task ExecuteAsync(PrinterControlAction action, CancellationToken cancellationToken)
    {
        // Always take the job id from the latest status (prusalink.md §4.5).
        var status = await _client.GetStatusAsync(cancellationToken);
        if (status.Job?.Id is not { } jobId)
        {
            var state = PrusaStatusMapper.MapState(status.Printer?.State, hasJob: false);
            throw new ConflictException(
                $"There is no print job on {_name} to {action.ToString().ToLowerInvariant()} (the printer is {state.ToString().ToLowerInvariant()}).");
        }

        _logger.LogInformation("Prusa printer {Printer}: {Action} job {JobId}", _name, action, jobId);
        switch (action)
        {
            case PrinterControlAction.Pause:
                await _client.PauseJobAsync(jobId, cancellationToken);
                break;
            case PrinterControlAction.Resume:
                await _client.ResumeJobAsync(jobId, cancellationToken);
                break;
            case PrinterControlAction.Stop:
                await _client.StopJobAsync(jobId, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown printer action.");
        }

        RequestFastPolling();
    }

    /// <summary>
    /// Uploads the file with <c>Print-After-Upload: ?1</c> (and <c>Overwrite: ?1</c>) after checking that the printer
    /// is free (409 otherwise, nothing sent), then polls fast to see the job start.
    /// </summary>
    public async Task StartPrintAsync(PrintDispatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = await _client.GetStatusAsync(cancellationToken);
        var state = PrusaStatusMapper.MapState(status.Printer?.State, hasJob: status.Job?.Id is not null);
        if (state is not (PrinterState.Idle or PrinterState.Finished or PrinterState.Stopped))
        {
            throw new ConflictException($"{_name} is {state.ToString().ToLowerInvariant()}; it cannot start another print now.");
        }

        _logger.LogInformation("Prusa printer {Printer}: uploading {File} ({Bytes} bytes) to print", _name, request.FileName, request.Length);
        await _client.UploadAsync(request.FileName, request.Content, request.Length, new PrusaLinkUploadOptions { PrintAfterUpload = true, Overwrite = true }, cancellationToken);
        RequestFastPolling();
    }

    /// <summary>Poll fast for <see cref="PrusaDriverOptions.FastWindow"/> from now (after a command, an upload with print-after-upload, or while a UI watches).</summary>
    public void RequestFastPolling()
    {
        _schedule.CommandSent(_timeProvider.GetUtcNow());
        Interlocked.Exchange(ref _wake, NewWake()).TrySetResult();
    }

    /// <summary>
    /// One-off check for the "test connection" button: model, firmware and serial when it works, otherwise what is
    /// wrong (wrong password, unreachable, not a PrusaLink device, firmware too old). Never throws for printer problems.
    /// </summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        var details = new Dictionary<string, string?>(StringComparer.Ordinal);
        try
        {
            var version = await _client.GetVersionAsync(cancellationToken);
            details["api"] = version.Api;
            details["hostname"] = version.Hostname;
            details["model"] = version.Printer;
            details["firmware"] = version.Firmware;
            var looksLikePrusaLink = version.Api is not null
                || version.Text?.Contains("PrusaLink", StringComparison.OrdinalIgnoreCase) == true;
            if (!looksLikePrusaLink)
            {
                details["problem"] = "notPrusaLink";
                return new ConnectionTestResult(false, $"The device at {_client.PrinterAddress} answered, but it is not a PrusaLink printer.", details);
            }

            if (!version.SupportsV1)
            {
                details["problem"] = "firmwareTooOld";
                return new ConnectionTestResult(
                    false,
                    $"The printer at {_client.PrinterAddress} runs PrusaLink API {version.Api ?? "?"}; Printernizer needs API 2.0.0 or newer. Update the printer's firmware.",
                    details);
            }

            var info = await _client.GetInfoAsync(cancellationToken);
            details["serial"] = info.Serial;
            details["hostname"] = info.Hostname ?? version.Hostname;
            details["nozzleDiameter"] = FormatNozzle(info.NozzleDiameter ?? version.NozzleDiameter);
            var who = info.Hostname ?? version.Hostname ?? _client.PrinterAddress;
            var serial = info.Serial is null ? string.Empty : $", serial {info.Serial}";
            return new ConnectionTestResult(true, $"Connected to PrusaLink on {who}{serial}.", details);
        }
        catch (PrinterCommunicationException ex)
        {
            details["problem"] = ex.AuthenticationFailed ? "authentication" : ex.Unreachable ? "unreachable" : "notPrusaLink";
            var message = ex.AuthenticationFailed || ex.Unreachable
                ? ex.Message
                : $"The device at {_client.PrinterAddress} answered, but not like a PrusaLink printer: {ex.Message}";
            return new ConnectionTestResult(false, message, details);
        }
        catch (NotFoundException)
        {
            details["problem"] = "notPrusaLink";
            return new ConnectionTestResult(false, $"The device at {_client.PrinterAddress} answers HTTP, but it is not a PrusaLink printer (no /api/version).", details);
        }
        catch (ConflictException ex)
        {
            details["problem"] = "notPrusaLink";
            return new ConnectionTestResult(false, ex.Message, details);
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ConnectAsync(IPrinterDriverSink sink, CancellationToken cancellationToken)
    {
        var version = await _client.GetVersionAsync(cancellationToken);
        if (version.Api is not null && !version.SupportsV1)
        {
            throw new PrinterCommunicationException(
                $"{_name} runs PrusaLink API {version.Api}; Printernizer needs API 2.0.0 or newer. Update the printer's firmware.");
        }

        var info = await _client.GetInfoAsync(cancellationToken);
        _lastState = null;
        _logger.LogInformation("Prusa printer {Printer}: connected to {Host} (serial {Serial}, api {Api})", _name, info.Hostname ?? version.Hostname, info.Serial, version.Api);
        await sink.PrinterInfoAsync(
            new PrinterInfo(version.Printer, version.Firmware, info.Serial, FormatNozzle(info.NozzleDiameter ?? version.NozzleDiameter)),
            cancellationToken);
    }

    private async Task<PrinterStatusReport> PollOnceAsync(CancellationToken cancellationToken)
    {
        var status = await _client.GetStatusAsync(cancellationToken);
        var statusJob = status.Job;

        if (statusJob?.Id is { } jobId && _lastJob?.Id != jobId)
        {
            // New (or first seen) job: read its file names once. 204 means it ended in between.
            // If another job started in between, keep that one under its own id: the next status will match it.
            var job = await _client.GetJobAsync(cancellationToken);
            var snapshot = job is null
                ? new PrusaJobSnapshot(jobId, null, null, null, null, null, null)
                : PrusaJobSnapshot.From(job, job.Id ?? jobId);
            Volatile.Write(ref _lastJob, snapshot);
            _logger.LogInformation("Prusa printer {Printer}: job {JobId} {File}", _name, jobId, snapshot.DisplayName ?? snapshot.ShortName);
        }

        if (statusJob?.Id is not null && _lastJob is { } current && current.Id == statusJob.Id)
        {
            Volatile.Write(ref _lastJob, current with
            {
                LastProgressPercent = PrusaStatusMapper.ToPercent(statusJob.Progress) ?? current.LastProgressPercent,
                LastElapsedSeconds = statusJob.TimePrinting ?? current.LastElapsedSeconds,
            });
        }

        var state = PrusaStatusMapper.MapState(status.Printer?.State, statusJob is not null);
        if (_options.ReadLoadedMaterial && !_materialUnsupported && state != _lastState)
        {
            await ReadLoadedMaterialAsync(cancellationToken);
        }

        _lastState = state;
        var report = PrusaStatusMapper.Map(status, _lastJob, _loadedMaterial);
        _schedule.Observed(report.State, report.ProgressPercent);
        return report;
    }

    private async Task ReadLoadedMaterialAsync(CancellationToken cancellationToken)
    {
        try
        {
            var legacy = await _client.GetLegacyPrinterAsync(cancellationToken);
            _loadedMaterial = legacy.LoadedMaterial;
        }
        catch (NotFoundException)
        {
            _materialUnsupported = true;
        }
        catch (PrinterCommunicationException ex) when (!ex.Unreachable && !ex.AuthenticationFailed)
        {
            _logger.LogDebug("Prusa printer {Printer}: loaded material not readable: {Message}", _name, ex.Message);
        }
    }

    private async Task WaitForNextPollAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wake = Volatile.Read(ref _wake).Task;
            var interval = _schedule.NextInterval(_timeProvider.GetUtcNow());
            var remaining = interval - _timeProvider.GetElapsedTime(_lastPollStarted);
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            using var delayCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(remaining, _timeProvider, delayCancel.Token);
            var finished = await Task.WhenAny(delay, wake);
            await delayCancel.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            if (finished == delay)
            {
                return;
            }

            // woken by a command: recompute with the fast interval
        }
    }

    private static string? FormatNozzle(double? diameter) =>
        diameter is { } d && double.IsFinite(d) && d > 0 ? d.ToString("0.0#", CultureInfo.InvariantCulture) : null;

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
