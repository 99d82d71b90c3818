using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Bambu;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu;

/// <summary>
/// The Bambu driver end to end: a real mosquitto with TLS (CN = serial) and a password file stands in for the
/// printer's broker, and <see cref="BambuPrinterSimulator"/> plays the printer on it.
/// </summary>
[NonParallelizable]
public sealed class BambuPrinterDriverTests
{
    private const string Serial = "0309DA123456789";
    private const string AccessCode = "31415926";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    private static readonly BambuDriverOptions TestOptions = new()
    {
        KeepAlive = TimeSpan.FromSeconds(5),
        CommandAckTimeout = TimeSpan.FromSeconds(5),
        PushallMinInterval = TimeSpan.FromMilliseconds(200),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    };

    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _certificate = null!;
    private ServerCertificate _otherCertificate = null!;
    private MosquittoServer _broker = null!;

    [OneTimeSetUp]
    public void StartBroker()
    {
        _ca = new TestCertificateAuthority("BBL Test CA");
        _certificate = _ca.Issue(Serial);
        _otherCertificate = _ca.Issue(Serial);
        _broker = StartBroker(0);
    }

    [OneTimeTearDown]
    public void StopBroker()
    {
        _broker.Dispose();
        _certificate.Dispose();
        _otherCertificate.Dispose();
        _ca.Dispose();
    }

    private MosquittoServer StartBroker(int port) => MosquittoServer.Start(new MosquittoServerOptions
    {
        Port = port,
        TlsCertificate = _certificate,
        Users = new Dictionary<string, string> { ["bblp"] = AccessCode },
    });

    private static PrinterConnectionSettings Settings(MosquittoServer broker, string? fingerprint = null, string accessCode = AccessCode, string serial = Serial) => new()
    {
        PrinterId = Guid.NewGuid(),
        Name = "A1 Werkstatt",
        Kind = PrinterKind.Bambu,
        Host = broker.Host,
        MqttPort = broker.Port,
        Serial = serial,
        AccessCode = accessCode,
        TlsFingerprint = fingerprint,
    };

    private static BambuPrinterDriver CreateDriver(PrinterConnectionSettings settings, BambuDriverOptions? options = null) =>
        BambuPrinterDriver.Create(settings, TimeProvider.System, NullLogger<BambuPrinterDriver>.Instance, options ?? TestOptions);

    private async Task<BambuPrinterSimulator> StartPrinterAsync(string fixture = BambuFixtures.A1Pushall, MosquittoServer? broker = null)
    {
        var printer = new BambuPrinterSimulator(broker ?? _broker, Serial, AccessCode) { State = BambuFixtures.Print(fixture) };
        using var timeout = new CancellationTokenSource(Generous);
        await printer.ConnectAsync(timeout.Token);
        return printer;
    }

    [Test]
    public async Task RunAsync_WhenA1AnswersPushallAndGetVersion_ReportsIdleStatusAndPrinterInfo()
    {
        await using var printer = await StartPrinterAsync();
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker)), sink);

        var status = await sink.WaitForStatusAsync(s => s.LoadedMaterials.Count == 5, "with the A1 AMS Lite trays");
        await RecordingSink.WaitUntilAsync(() => sink.Infos.Count > 0, "printer info reported");

        status.State.Should().Be(PrinterState.Idle);
        status.Connected.Should().BeTrue();
        status.Temperatures.Nozzle.Should().Be(27.8125);
        status.Temperatures.Bed.Should().Be(29.75);
        sink.Infos[^1].Should().Be(new PrinterInfo("Bambu Lab A1", "01.05.00.00", "MOCK-A1", "0.4"));
        printer.Count("pushall").Should().Be(1);
        printer.Count("get_version").Should().Be(1);
        printer.Requests.Should().NotContain(r => r.ContainsKey("print"), "monitoring sends no control commands");
    }

    [Test]
    public async Task RunAsync_WhenNoPinExists_PinsTheCertificateOnFirstConnect()
    {
        await using var printer = await StartPrinterAsync();
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker, fingerprint: null)), sink);

        await RecordingSink.WaitUntilAsync(() => sink.Pins.Count > 0, "certificate pinned");

        sink.Pins.Should().Equal(_certificate.Sha256Fingerprint);
        Printer.NormalizeFingerprint(sink.Pins[0]).Should().Be(sink.Pins[0]);
    }

    [Test]
    public async Task RunAsync_WhenPinMatches_ConnectsWithoutRepinning()
    {
        await using var printer = await StartPrinterAsync();
        var sink = new RecordingSink();
        var pinWithColons = string.Join(':', _certificate.Sha256Fingerprint.Chunk(2).Select(c => new string(c))).ToLowerInvariant();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker, fingerprint: pinWithColons)), sink);

        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle");

        sink.Pins.Should().BeEmpty();
    }

    [Test]
    public async Task RunAsync_WhenServerCertificateChanged_RefusesWithRepinHint()
    {
        var driver = CreateDriver(Settings(_broker, fingerprint: _otherCertificate.Sha256Fingerprint));

        var act = () => driver.RunAsync(new RecordingSink(), CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Message.Should().Contain("certificate").And.Contain("has changed").And.Contain("re-pin");
        error.Unreachable.Should().BeFalse();
        error.AuthenticationFailed.Should().BeTrue();
    }

    [Test]
    public async Task RunAsync_WhenCertificateIsForAnotherSerial_RefusesBeforePinning()
    {
        var sink = new RecordingSink();
        var driver = CreateDriver(Settings(_broker, serial: "0309DA999999999"));

        var act = () => driver.RunAsync(sink, CancellationToken.None);

        (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which.Message.Should().Contain($"certificate for serial '{Serial}'");
        sink.Pins.Should().BeEmpty();
    }

    [Test]
    public async Task RunAsync_WhenAccessCodeIsWrong_ThrowsAuthenticationFailedWithClearMessage()
    {
        var driver = CreateDriver(Settings(_broker, accessCode: "00000000"));

        var act = () => driver.RunAsync(new RecordingSink(), CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Message.Should().Contain("wrong access code");
        error.AuthenticationFailed.Should().BeTrue();
        error.Unreachable.Should().BeFalse();
        error.Message.Should().NotContain("00000000", "secrets are never shown");
    }

    [Test]
    public async Task RunAsync_WhenNothingListens_ThrowsUnreachable()
    {
        var settings = Settings(_broker) with { MqttPort = FreeTcpPort.Next() };

        var act = () => CreateDriver(settings).RunAsync(new RecordingSink(), CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeTrue();
        error.AuthenticationFailed.Should().BeFalse();
    }

    [Test]
    public async Task RunAsync_WhenP1sDeltasFollowAFullReport_MergesThemIntoTheStatus()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.P1sPushall);
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker)), sink);
        await sink.WaitForStatusAsync(s => s.Temperatures.Bed == 29.78125, "from the P1S full report");

        await printer.PublishAsync(BambuFixtures.Compact(BambuFixtures.P1sDelta));
        await printer.PublishAsync(BambuFixtures.Compact(BambuFixtures.P1sReadmeDelta0));
        await printer.PublishAsync(BambuFixtures.Compact(BambuFixtures.P1sReadmeDelta1));
        var status = await sink.WaitForStatusAsync(s => s.Temperatures.Bed == 12, "after the readme deltas");

        status.State.Should().Be(PrinterState.Idle);
        status.Temperatures.Nozzle.Should().Be(29.4375, "the deltas did not carry the nozzle temperature");
        status.LoadedMaterials.Should().HaveCount(5);
        status.LoadedMaterials.Should().Contain(new LoadedMaterial("external", "TPU-AMS", "#FFFFFF", false));
        sink.Statuses.Select(s => s.Temperatures.Bed).Should().ContainInOrder(29.78125, 11.96875, 12);
    }

    [Test]
    public async Task RunAsync_WhenRawP1sStreamIsPublished_EndsFinishedFromTheRepairedFullReport()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.P1sPushall);
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker)), sink);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle first");

        foreach (var payload in BambuFixtures.RawStreamPayloads())
        {
            await printer.PublishAsync(payload);
        }

        var status = await sink.WaitForStatusAsync(s => s.State == PrinterState.Finished, "finished from the raw stream");
        status.TotalLayers.Should().Be(260);
        status.ProgressPercent.Should().Be(100m);
        status.Temperatures.Bed.Should().Be(12);
    }

    [Test]
    public async Task RunAsync_WhenJobsFinishAndFail_ReportsEachFixtureState()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.A1Pushall);
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker)), sink);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle");

        await printer.PublishFullAsync(BambuFixtures.X1cRunning);
        var running = await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing");
        await printer.PublishFullAsync(BambuFixtures.P1pFinish);
        var finished = await sink.WaitForStatusAsync(s => s.State == PrinterState.Finished, "finished");
        await printer.PublishFullAsync(BambuFixtures.P1pFailed);
        var failed = await sink.WaitForStatusAsync(s => s.State == PrinterState.Failed, "failed");

        running.ProgressPercent.Should().Be(22m);
        running.RemainingSeconds.Should().Be(163 * 60);
        running.JobIdentity.Should().Be("724977924");
        running.Errors.Should().ContainSingle().Which.Code.Should().Be("0C00030000030007");
        finished.JobName.Should().Be("sensor_altanlås_v2_v3");
        failed.RemainingSeconds.Should().BeNull();
        failed.CancelledByUser.Should().BeFalse();
    }

    [Test]
    public async Task ExecuteAsync_WhenPrinting_PausesResumesAndStopsWithAcks()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.X1cRunning);
        var sink = new RecordingSink();
        var driver = CreateDriver(Settings(_broker));
        await using var run = DriverRun.Start(driver, sink);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing");
        using var timeout = new CancellationTokenSource(Generous);

        await driver.ExecuteAsync(PrinterControlAction.Pause, timeout.Token);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Paused, "paused");
        await driver.ExecuteAsync(PrinterControlAction.Resume, timeout.Token);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing again");
        await driver.ExecuteAsync(PrinterControlAction.Stop, timeout.Token);
        var stopped = await sink.WaitForStatusAsync(s => s.State == PrinterState.Stopped && s.Errors.Count <= 1 && !s.Errors.Any(e => e.Code == "0300400C"), "stopped, marker gone");

        stopped.CancelledByUser.Should().BeTrue();
        var commands = printer.Requests.Where(r => r.ContainsKey("print")).Select(r => r["print"]!).ToList();
        commands.Select(c => c["command"]!.GetValue<string>()).Should().Equal("pause", "resume", "stop");
        commands.Select(c => c["sequence_id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public async Task ExecuteAsync_WhenStateDoesNotAllowIt_ThrowsConflictWithoutSending()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.A1Pushall);
        var sink = new RecordingSink();
        var driver = CreateDriver(Settings(_broker));
        await using var run = DriverRun.Start(driver, sink);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle");

        var pause = () => driver.ExecuteAsync(PrinterControlAction.Pause, CancellationToken.None);
        var resume = () => driver.ExecuteAsync(PrinterControlAction.Resume, CancellationToken.None);
        var stop = () => driver.ExecuteAsync(PrinterControlAction.Stop, CancellationToken.None);

        (await pause.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Contain("pause").And.Contain("idle");
        await resume.Should().ThrowAsync<ConflictException>();
        await stop.Should().ThrowAsync<ConflictException>();
        printer.Requests.Should().NotContain(r => r.ContainsKey("print"));
    }

    [Test]
    public async Task ExecuteAsync_WhenFirmwareRequiresDeveloperMode_ThrowsRefusalTellingWhatToEnable()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.X1cRunning);
        printer.RejectControlAsUnverified = true;
        var sink = new RecordingSink();
        var driver = CreateDriver(Settings(_broker));
        await using var run = DriverRun.Start(driver, sink);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing");

        var act = () => driver.ExecuteAsync(PrinterControlAction.Pause, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeFalse("the printer answered and refused (502)");
        error.Message.Should().Contain("LAN Only mode").And.Contain("Developer Mode").And.Contain("access code");
        sink.Latest!.State.Should().Be(PrinterState.Printing, "monitoring keeps working");
    }

    [Test]
    public async Task ExecuteAsync_WhenTwoCommandsGoUnanswered_ReconnectsWithAFreshSession()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.X1cRunning);
        printer.IgnoreControl = true;
        var sink = new RecordingSink();
        var driver = CreateDriver(Settings(_broker), TestOptions with { CommandAckTimeout = TimeSpan.FromMilliseconds(500) });
        await using var run = DriverRun.Start(driver, sink, reconnect: true);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing");

        var pause = () => driver.ExecuteAsync(PrinterControlAction.Pause, CancellationToken.None);
        (await pause.Should().ThrowAsync<PrinterCommunicationException>()).Which.Message.Should().Contain("did not confirm 'pause'");
        run.Failures.Should().BeEmpty("one missing ack is not yet a broken session");
        await pause.Should().ThrowAsync<PrinterCommunicationException>();

        await RecordingSink.WaitUntilAsync(() => run.Failures.Any(f => f.Message.Contains("two commands unanswered", StringComparison.Ordinal)), "session restarted");
        await RecordingSink.WaitUntilAsync(() => printer.Count("pushall") >= 2, "reconnected and asked for the full state again");
    }

    [Test]
    public async Task ExecuteAsync_WhenNotConnected_ThrowsUnreachable()
    {
        var driver = CreateDriver(Settings(_broker));

        var act = () => driver.ExecuteAsync(PrinterControlAction.Pause, CancellationToken.None);

        (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which.Unreachable.Should().BeTrue();
        await driver.DisposeAsync();
    }

    [Test]
    public async Task RunAsync_WhenBrokerIsKilledAndRestarted_ReconnectsAndStatusIsCurrent()
    {
        using var broker = StartBroker(0);
        await using var printer = await StartPrinterAsync(BambuFixtures.A1Pushall, broker);
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(broker)), sink, reconnect: true);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle before the restart");

        run.HoldReconnects();
        broker.Stop();
        await RecordingSink.WaitUntilAsync(() => run.Failures.Any(f => f.Unreachable), "connection loss reported as unreachable");
        printer.State = BambuFixtures.Print(BambuFixtures.X1cRunning); // the printer started a job meanwhile
        broker.Start();
        using (var timeout = new CancellationTokenSource(Generous))
        {
            await printer.ConnectAsync(timeout.Token);
        }

        run.ReleaseReconnects();

        var status = await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing after the reconnect");
        status.ProgressPercent.Should().Be(22m);
        run.Failures.Should().OnlyContain(f => f.Unreachable && !f.AuthenticationFailed);
        printer.Count("pushall").Should().BeGreaterThanOrEqualTo(2, "each new connection asks for the full state");
    }

    [Test]
    public async Task RunAsync_WhenPrinterGoesSilent_SendsPushallThenFailsForReconnect()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.A1Pushall);
        printer.Muted = true;
        var options = TestOptions with { ReportSilenceTimeout = TimeSpan.FromSeconds(1), ReportSilenceGrace = TimeSpan.FromSeconds(1) };
        var driver = CreateDriver(Settings(_broker), options);

        var act = () => driver.RunAsync(new RecordingSink(), new CancellationTokenSource(Generous).Token);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeTrue();
        error.Message.Should().Contain("sends no reports").And.Contain("serial number");
        printer.Count("pushall").Should().BeGreaterThanOrEqualTo(2, "one on connect, one from the watchdog");
    }

    [Test]
    public async Task RunAsync_WhenCancelled_ReturnsAfterCleanDisconnect()
    {
        await using var printer = await StartPrinterAsync();
        var sink = new RecordingSink();
        using var cancellation = new CancellationTokenSource();
        var driver = CreateDriver(Settings(_broker));
        var running = driver.RunAsync(sink, cancellation.Token);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle");

        await cancellation.CancelAsync();

        await running.WaitAsync(Generous);
        var act = () => driver.ExecuteAsync(PrinterControlAction.Stop, CancellationToken.None);
        (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which.Unreachable.Should().BeTrue();
        await driver.DisposeAsync();
    }

    [Test]
    public async Task RunAsync_WhenDeltaArrivesBeforeTheFirstFullReport_WaitsForTheFullState()
    {
        await using var printer = await StartPrinterAsync(BambuFixtures.X1cRunning);
        printer.Muted = true; // the pushall reply is late
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker)), sink);
        await RecordingSink.WaitUntilAsync(() => printer.Count("pushall") == 1, "pushall requested");

        await printer.PublishAsync(BambuFixtures.Compact(BambuFixtures.P1sReadmeDelta0));
        await printer.PublishFullStateAsync();

        await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing");
        sink.Statuses[0].State.Should().Be(PrinterState.Printing, "a delta alone would have looked like an idle printer");
    }

    [Test]
    public async Task RunAsync_WhenPrinterSendsGarbage_KeepsReading()
    {
        await using var printer = await StartPrinterAsync();
        var sink = new RecordingSink();
        await using var run = DriverRun.Start(CreateDriver(Settings(_broker)), sink);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle");

        await printer.PublishAsync("\u0001\u0002 not json");
        await printer.PublishAsync("{\"print\":{\"command\":\"push_status\",\"msg\":1,\"nozzle_temper\":\"oops\",\"bed_temper\":55}}");

        var status = await sink.WaitForStatusAsync(s => s.Temperatures.Bed == 55, "bed temperature after the garbage");
        status.Temperatures.Nozzle.Should().BeNull("an unparseable value is unknown, not zero");
    }

    [Test]
    public async Task TestAsync_WhenPrinterAnswers_ReportsModelFirmwareAndTheCertificateToPin()
    {
        await using var printer = await StartPrinterAsync();

        var result = await BambuConnectionTester.TestAsync(Settings(_broker), TimeProvider.System, NullLogger<BambuPrinterDriver>.Instance, TestOptions, Generous);

        result.Ok.Should().BeTrue(result.Message);
        result.Message.Should().Be("Connected to Bambu Lab A1 (firmware 01.05.00.00); it is idle.");
        result.Details["tlsFingerprint"].Should().Be(_certificate.Sha256Fingerprint);
        result.Details["newPin"].Should().Be("true");
        result.Details["model"].Should().Be("Bambu Lab A1");
    }

    [Test]
    public async Task TestAsync_WhenAccessCodeIsWrong_ReportsItWithoutThrowing()
    {
        var result = await BambuConnectionTester.TestAsync(Settings(_broker, accessCode: "99999999"), TimeProvider.System, NullLogger<BambuPrinterDriver>.Instance, TestOptions, Generous);

        result.Ok.Should().BeFalse();
        result.Message.Should().Contain("wrong access code");
    }

    /// <summary>Runs a driver in the background; with <c>reconnect</c> it restarts RunAsync after failures like the connection manager.</summary>
    private sealed class DriverRun : IAsyncDisposable
    {
        private readonly CancellationTokenSource _cancellation = new();
        private readonly List<PrinterCommunicationException> _failures = [];
        private readonly BambuPrinterDriver _driver;
        private Task _task = Task.CompletedTask;
        private volatile TaskCompletionSource _gate = CreateOpenGate();

        private DriverRun(BambuPrinterDriver driver) => _driver = driver;

        public IReadOnlyList<PrinterCommunicationException> Failures
        {
            get
            {
                lock (_failures)
                {
                    return _failures.ToList();
                }
            }
        }

        public static DriverRun Start(BambuPrinterDriver driver, RecordingSink sink, bool reconnect = false)
        {
            var run = new DriverRun(driver);
            run._task = Task.Run(() => run.LoopAsync(sink, reconnect));
            return run;
        }

        /// <summary>Makes the reconnect loop wait (e.g. until the simulated printer is back on the restarted broker).</summary>
        public void HoldReconnects() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ReleaseReconnects() => _gate.TrySetResult();

        public async ValueTask DisposeAsync()
        {
            ReleaseReconnects();
            await _cancellation.CancelAsync();
            await _task.WaitAsync(Generous);
            await _driver.DisposeAsync();
            _cancellation.Dispose();
        }

        private static TaskCompletionSource CreateOpenGate()
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            gate.SetResult();
            return gate;
        }

        private async Task LoopAsync(RecordingSink sink, bool reconnect)
        {
            while (!_cancellation.IsCancellationRequested)
            {
                try
                {
                    await _driver.RunAsync(sink, _cancellation.Token);
                    return;
                }
                catch (PrinterCommunicationException ex) when (reconnect)
                {
                    lock (_failures)
                    {
                        _failures.Add(ex);
                    }

                    try
                    {
                        await _gate.Task.WaitAsync(_cancellation.Token);
                        await Task.Delay(200, _cancellation.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            }
        }
    }
}
