using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Prusa;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Prusa;

public sealed class PrusaPrinterDriverTests
{
    private static readonly PrusaDriverOptions QuickPolling = new()
    {
        IdleInterval = TimeSpan.FromMilliseconds(50),
        ActiveJobInterval = TimeSpan.FromMilliseconds(50),
        FastInterval = TimeSpan.FromMilliseconds(20),
        FastWindow = TimeSpan.FromMilliseconds(200),
        RequestTimeout = TimeSpan.FromSeconds(3),
    };

    /// <summary>Nothing but commands and starting jobs make it poll again within a test's lifetime.</summary>
    private static readonly PrusaDriverOptions SlowUnlessFast = new()
    {
        IdleInterval = TimeSpan.FromHours(1),
        ActiveJobInterval = TimeSpan.FromHours(1),
        FastInterval = TimeSpan.FromMilliseconds(20),
        FastWindow = TimeSpan.FromMinutes(5),
        RequestTimeout = TimeSpan.FromSeconds(3),
    };

    private PrusaLinkSimulator _sim = null!;
    private PrusaLinkSimulatorPrinter _printer = null!;
    private readonly List<(PrusaPrinterDriver Driver, CancellationTokenSource Stop, Task Run)> _running = [];

    [SetUp]
    public async Task SetUp()
    {
        _sim = await PrusaLinkSimulator.StartNewAsync();
        _printer = _sim.Printer;
    }

    [TearDown]
    public async Task TearDown()
    {
        foreach (var (driver, stop, run) in _running)
        {
            await stop.CancelAsync();
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
            await driver.DisposeAsync();
            stop.Dispose();
        }

        _running.Clear();
        await _sim.DisposeAsync();
    }

    private PrinterConnectionSettings Settings(string? apiKey = null) => new()
    {
        PrinterId = Guid.NewGuid(),
        Name = "CORE One",
        Kind = PrinterKind.Prusa,
        Host = "127.0.0.1",
        HttpPort = _printer.Port,
        ApiKey = apiKey ?? _printer.ApiKey,
    };

    private PrusaPrinterDriver NewDriver(PrusaDriverOptions? options = null, string? apiKey = null) =>
        new(Settings(apiKey), options ?? QuickPolling);

    private (PrusaPrinterDriver Driver, RecordingPrinterSink Sink, Task Run) Start(PrusaDriverOptions? options = null, string? apiKey = null)
    {
        var driver = NewDriver(options, apiKey);
        var sink = new RecordingPrinterSink();
        var stop = new CancellationTokenSource();
        var run = driver.RunAsync(sink, stop.Token);
        _running.Add((driver, stop, run));
        return (driver, sink, run);
    }

    [Test]
    public async Task RunAsync_WhenConnected_ReportsSerialFirmwareAndNozzleOnce()
    {
        _printer.Firmware = "6.5.3+12780";
        _printer.PrinterModel = "COREONE";
        var (_, sink, _) = Start();

        await sink.WaitForReportAsync(r => r.State == PrinterState.Idle);

        sink.Infos.Should().ContainSingle().Which.Should().Be(new PrinterInfo("COREONE", "6.5.3+12780", _printer.Serial, "0.4"));
    }

    [Test]
    public async Task RunAsync_WhenIdle_ReportsIdleTemperaturesAndLoadedMaterial()
    {
        _printer.Material = "PETG";
        var (_, sink, _) = Start();

        var report = await sink.WaitForReportAsync(_ => true);

        report.State.Should().Be(PrinterState.Idle);
        report.Connected.Should().BeTrue();
        report.Temperatures.Nozzle.Should().Be(22.0);
        report.Temperatures.Bed.Should().Be(20.2);
        report.LoadedMaterials.Should().ContainSingle().Which.MaterialType.Should().Be("PETG");
        report.JobIdentity.Should().BeNull();
    }

    [Test]
    public async Task RunAsync_WhenPrinting_ReportsTheJobWithItsLongNameAndReadsTheJobOnce()
    {
        var id = _printer.StartJob("Gearbox housing v3_0.4n_PETG.bgcode", progress: 37.25, timeRemaining: 1800, timePrinting: 900);
        var (_, sink, _) = Start();

        var report = await sink.WaitForReportAsync(r => r.State == PrinterState.Printing);
        await sink.WaitForReportAsync(r => r.State == PrinterState.Printing, afterIndex: sink.Reports.Count + 2);

        report.JobIdentity.Should().Be(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        report.FileName.Should().Be("Gearbox housing v3_0.4n_PETG.bgcode");
        report.JobName.Should().Be("Gearbox housing v3_0.4n_PETG");
        report.FilePath.Should().Be("/usb/" + _printer.JobFile!.ShortName);
        report.FilePath.Should().Contain("~");
        report.ProgressPercent.Should().Be(37.25m);
        report.RemainingSeconds.Should().Be(1800);
        report.ElapsedSeconds.Should().Be(900);
        report.Temperatures.NozzleTarget.Should().Be(215);
        _printer.CountRequests("GET", "/api/v1/job").Should().Be(1);
        _printer.CountRequests("GET", "/api/v1/status").Should().BeGreaterThan(3);
    }

    [Test]
    public async Task RunAsync_ThroughAPrintsLife_ReportsPausedFinishedAndStopped()
    {
        var first = _printer.StartJob("first.gcode", progress: 10);
        var (_, sink, _) = Start();
        await sink.WaitForReportAsync(r => r.State == PrinterState.Printing);

        _printer.State = "PAUSED";
        var paused = await sink.WaitForReportAsync(r => r.State == PrinterState.Paused);
        _printer.State = "PRINTING";
        _printer.JobProgress = 99;
        await sink.WaitForReportAsync(r => r.ProgressPercent == 99m);
        _printer.FinishJob();
        var finished = await sink.WaitForReportAsync(r => r.State == PrinterState.Finished);

        var second = _printer.StartJob("second.gcode", progress: 20);
        await sink.WaitForReportAsync(r => r.State == PrinterState.Printing && r.JobIdentity == second.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _printer.StopJob();
        var stopped = await sink.WaitForReportAsync(r => r.State == PrinterState.Stopped);

        paused.JobIdentity.Should().Be(first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        paused.FileName.Should().Be("first.gcode");
        finished.JobIdentity.Should().Be(first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        finished.FileName.Should().Be("first.gcode");
        finished.ProgressPercent.Should().Be(100m);
        finished.CancelledByUser.Should().BeFalse();
        stopped.JobIdentity.Should().Be(second.ToString(System.Globalization.CultureInfo.InvariantCulture));
        stopped.FileName.Should().Be("second.gcode");
        stopped.ProgressPercent.Should().Be(20m);
        stopped.CancelledByUser.Should().BeTrue();
        _printer.CountRequests("GET", "/api/v1/job").Should().Be(2, "the job is read once per job id");
    }

    [Test]
    public async Task ExecuteAsync_PauseResumeStop_SendTheCurrentJobIdAndChangeTheState()
    {
        var id = _printer.StartJob("cube.bgcode", progress: 50);
        var (driver, sink, _) = Start();
        await sink.WaitForReportAsync(r => r.State == PrinterState.Printing);

        await driver.ExecuteAsync(PrinterControlAction.Pause, CancellationToken.None);
        await sink.WaitForReportAsync(r => r.State == PrinterState.Paused);
        await driver.ExecuteAsync(PrinterControlAction.Resume, CancellationToken.None);
        await sink.WaitForReportAsync(r => r.State == PrinterState.Printing, afterIndex: sink.Reports.Count);
        await driver.ExecuteAsync(PrinterControlAction.Stop, CancellationToken.None);
        var stopped = await sink.WaitForReportAsync(r => r.State == PrinterState.Stopped);

        _printer.Requests.Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.Path}").Should().Equal(
            $"PUT /api/v1/job/{id}/pause",
            $"PUT /api/v1/job/{id}/resume",
            $"DELETE /api/v1/job/{id}");
        stopped.CancelledByUser.Should().BeTrue();
    }

    [Test]
    public async Task ExecuteAsync_WhenNoJobRuns_ThrowsConflictWithoutAskingThePrinter()
    {
        await using var driver = NewDriver();

        var act = () => driver.ExecuteAsync(PrinterControlAction.Pause, CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Contain("no print job");
        _printer.Requests.Should().OnlyContain(r => r.Method == "GET");
    }

    [Test]
    public async Task ExecuteAsync_WhenPrinterRefuses_ThrowsConflictWithThePrintersReason()
    {
        _printer.StartJob("cube.bgcode", progress: 50);
        await using var driver = NewDriver();

        var act = () => driver.ExecuteAsync(PrinterControlAction.Resume, CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Be("Can't resume, the print is not paused");
    }

    [Test]
    public async Task RunAsync_AfterACommand_PollsFastInsteadOfWaitingTheIdleInterval()
    {
        _printer.StartJob("cube.bgcode", progress: 50);
        var (driver, sink, _) = Start(SlowUnlessFast);
        await sink.WaitForReportAsync(r => r.State == PrinterState.Printing);
        var pollsBeforeCommand = _printer.CountRequests("GET", "/api/v1/status");

        await driver.ExecuteAsync(PrinterControlAction.Pause, CancellationToken.None);
        await Eventually.TrueAsync(() => _printer.CountRequests("GET", "/api/v1/status") >= pollsBeforeCommand + 6, "six polls followed the command");

        pollsBeforeCommand.Should().Be(1, "with a one-hour interval only the first poll happens before the command");
        var requests = _printer.Requests.ToList();
        var pause = requests.FindIndex(r => r.Method == "PUT");
        requests.Skip(pause + 1).Count(r => r.Path == "/api/v1/status").Should().BeGreaterThanOrEqualTo(5);
        sink.Reports.Should().Contain(r => r.State == PrinterState.Paused);
    }

    [Test]
    public async Task RunAsync_WhileAJobIsStarting_PollsFastWithoutACommand()
    {
        _printer.State = "BUSY";
        var (_, sink, _) = Start(SlowUnlessFast);

        await Eventually.TrueAsync(() => sink.Reports.Count >= 5, "five reports arrived");

        sink.Reports.Should().OnlyContain(r => r.State == PrinterState.Busy);
        _printer.State = "PRINTING";
        _printer.StartJob("x.gcode", progress: 5);
        await sink.WaitForReportAsync(r => r.State == PrinterState.Printing && r.ProgressPercent == 5m);
    }

    [Test]
    public async Task RunAsync_WhenPrinterSwitchedOffAndOn_FailsAsUnreachableAndRecovers()
    {
        var failures = new List<PrinterCommunicationException>();
        var sink = new RecordingPrinterSink();
        using var stop = new CancellationTokenSource();
        await using var driver = NewDriver();
        var loop = RetryLoopAsync(driver, sink, failures, stop.Token);

        await sink.WaitForReportAsync(r => r.State == PrinterState.Idle);
        await _sim.StopAsync();
        await Eventually.TrueAsync(() => { lock (failures) { return failures.Count > 0; } }, "the driver reported the outage");
        var reportsWhileOff = sink.Reports.Count;
        await _sim.StartAsync();
        await sink.WaitForReportAsync(r => r.State == PrinterState.Idle, afterIndex: reportsWhileOff);
        await stop.CancelAsync();
        await loop;

        PrinterCommunicationException first;
        lock (failures)
        {
            first = failures[0];
        }

        first.Unreachable.Should().BeTrue();
        first.AuthenticationFailed.Should().BeFalse();
        first.Message.Should().Contain("127.0.0.1:" + _printer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain("refused");
        sink.Infos.Should().HaveCountGreaterThanOrEqualTo(2, "printer info is read again after reconnecting");
    }

    /// <summary>What the connection manager does, in small: restart RunAsync after a failure.</summary>
    private static async Task RetryLoopAsync(PrusaPrinterDriver driver, RecordingPrinterSink sink, List<PrinterCommunicationException> failures, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await driver.RunAsync(sink, stop);
            }
            catch (PrinterCommunicationException ex)
            {
                lock (failures)
                {
                    failures.Add(ex);
                }

                try
                {
                    await Task.Delay(50, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [Test]
    public async Task RunAsync_WhenApiKeyIsWrong_FailsWithAuthenticationErrorNotOffline()
    {
        var (_, _, run) = Start(apiKey: "not-the-password");

        var error = (await run.Invoking(t => t).Should().ThrowAsync<PrinterCommunicationException>()).Which;

        error.AuthenticationFailed.Should().BeTrue();
        error.Unreachable.Should().BeFalse();
        error.Message.Should().Contain("password shown on the printer");
    }

    [Test]
    public async Task RunAsync_WhenOneAnswerIsBad_KeepsPolling()
    {
        var (_, sink, run) = Start();
        await sink.WaitForReportAsync(r => r.State == PrinterState.Idle);

        _printer.FaultPathPrefix = "/api/v1/status";
        _printer.Fault = PrusaLinkSimulatorFault.ServerError;
        await Eventually.TrueAsync(() => _printer.CountStatusCode(500) >= 1, "the printer answered 500");
        _printer.Fault = PrusaLinkSimulatorFault.None;
        var after = sink.Reports.Count;
        await sink.WaitForReportAsync(r => r.State == PrinterState.Idle, afterIndex: after);

        run.IsFaulted.Should().BeFalse();
    }

    [Test]
    public async Task RunAsync_WhenAnswersStayMalformed_GivesUpWithAClearError()
    {
        var (_, sink, run) = Start();
        await sink.WaitForReportAsync(r => r.State == PrinterState.Idle);

        _printer.FaultPathPrefix = "/api/v1/status";
        _printer.Fault = PrusaLinkSimulatorFault.MalformedJson;

        var error = (await run.Invoking(t => t).Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeFalse();
        error.Message.Should().Contain("malformed");
    }

    [Test]
    public async Task RunAsync_WhenPrinterOnlySpeaksDigest_PollsWithOneChallengePerNonce()
    {
        _printer.AcceptApiKey = false;
        var (_, sink, _) = Start();

        await Eventually.TrueAsync(() => sink.Reports.Count >= 5, "five reports arrived");

        _printer.CountStatusCode(401).Should().Be(1);
        sink.Reports.Should().OnlyContain(r => r.State == PrinterState.Idle);
    }

    [Test]
    public async Task RunAsync_WhenCancelled_ReturnsWithoutError()
    {
        var driver = NewDriver();
        var sink = new RecordingPrinterSink();
        using var stop = new CancellationTokenSource();
        var run = driver.RunAsync(sink, stop.Token);
        await sink.WaitForReportAsync(_ => true);

        await stop.CancelAsync();

        await run.Invoking(t => t).Should().NotThrowAsync();
        await driver.DisposeAsync();
    }

    [Test]
    public async Task TestConnectionAsync_WhenEverythingIsRight_ReturnsModelFirmwareAndSerial()
    {
        _printer.Firmware = "6.5.3+12780";
        _printer.PrinterModel = "COREONE";
        await using var driver = NewDriver();

        var result = await driver.TestConnectionAsync(CancellationToken.None);

        result.Ok.Should().BeTrue();
        result.Message.Should().Contain(_printer.Serial);
        result.Details.Should().Contain("serial", _printer.Serial).And.Contain("firmware", "6.5.3+12780").And.Contain("model", "COREONE");
    }

    [Test]
    public async Task TestConnectionAsync_WhenKeyIsWrong_SaysTheKeyIsWrong()
    {
        await using var driver = NewDriver(apiKey: "nope");

        var result = await driver.TestConnectionAsync(CancellationToken.None);

        result.Ok.Should().BeFalse();
        result.Message.Should().Contain("rejected the API key");
        result.Details.Should().Contain("problem", "authentication");
    }

    [Test]
    public async Task TestConnectionAsync_WhenNothingListens_SaysUnreachable()
    {
        await using var driver = NewDriver();
        await _sim.StopAsync();

        var result = await driver.TestConnectionAsync(CancellationToken.None);

        result.Ok.Should().BeFalse();
        result.Details.Should().Contain("problem", "unreachable");
        result.Message.Should().Contain("unreachable");
    }

    [Test]
    public async Task TestConnectionAsync_WhenTheDeviceIsNotPrusaLink_SaysSo()
    {
        _printer.FaultPathPrefix = "/api/version";
        _printer.Fault = PrusaLinkSimulatorFault.MalformedJson;
        await using var driver = NewDriver();

        var result = await driver.TestConnectionAsync(CancellationToken.None);

        result.Ok.Should().BeFalse();
        result.Details.Should().Contain("problem", "notPrusaLink");
        result.Message.Should().Contain("not like a PrusaLink printer");
    }

    [Test]
    public async Task TestConnectionAsync_WhenFirmwareIsTooOld_AsksForAnUpdate()
    {
        _printer.ApiVersion = "0.9.0";
        await using var driver = NewDriver();

        var result = await driver.TestConnectionAsync(CancellationToken.None);

        result.Ok.Should().BeFalse();
        result.Details.Should().Contain("problem", "firmwareTooOld");
    }
}
