using System.Text;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Infrastructure.Printers.Prusa;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Prusa;

public sealed class PrusaLinkClientTests
{
    private PrusaLinkSimulator _sim = null!;
    private PrusaLinkSimulatorPrinter _printer = null!;

    [SetUp]
    public async Task SetUp()
    {
        _sim = await PrusaLinkSimulator.StartNewAsync();
        _printer = _sim.Printer;
    }

    [TearDown]
    public async Task TearDown() => await _sim.DisposeAsync();

    private PrusaLinkClient Client(PrusaLinkAuthMode mode = PrusaLinkAuthMode.Auto, string? key = null, double timeoutSeconds = 5) =>
        PrusaLinkClient.Create(new PrusaLinkClientOptions
        {
            BaseAddress = _sim.BaseAddress,
            ApiKey = key ?? _printer.ApiKey,
            AuthMode = mode,
            RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        });

    [Test]
    public async Task GetStatusAsync_WhenCoreOneFixtureIsServed_ReturnsJobPrinterAndStorage()
    {
        _printer.StatusBodyOverride = SharedFixtures.ReadText("prusalink", "buddy_v1_status_printing_coreone.json");
        using var client = Client();

        var status = await client.GetStatusAsync(CancellationToken.None);

        status.Job!.Id.Should().Be(929);
        status.Job.Progress.Should().Be(77.0);
        status.Job.TimeRemaining.Should().Be(300);
        status.Printer!.State.Should().Be("PRINTING");
        status.Printer.TempNozzle.Should().Be(245.0);
        status.Printer.AxisX.Should().BeNull();
        status.Storage.Should().ContainSingle().Which.Path.Should().Be("/usb/");
    }

    [Test]
    public async Task GetStatusAsync_WhenStorageIsAnArray_ReadsEveryStorage()
    {
        _printer.StatusBodyOverride = SharedFixtures.ReadText("prusalink", "prusalink_rpi_v1_status_printing_mk3.json");
        using var client = Client();

        var status = await client.GetStatusAsync(CancellationToken.None);

        status.Storage.Select(s => s.Path).Should().Equal("/local", "/sdcard");
        status.Job!.TimePrinting.Should().BeNull();
    }

    [Test]
    public async Task GetStatusAsync_WhenNumbersComeAsStringsAndStateIsNew_ParsesLeniently()
    {
        _printer.StatusBodyOverride = """{"job":{"id":"12","progress":"5.5","time_remaining":"60.0"},"printer":{"state":"SOMETHING_NEW","temp_nozzle":"215.1","target_bed":null,"flow":true},"transfer":{"size":"123456","transferred":1000},"extra":{"a":[1,2]}}""";
        using var client = Client();

        var status = await client.GetStatusAsync(CancellationToken.None);

        status.Job!.Id.Should().Be(12);
        status.Job.Progress.Should().Be(5.5);
        status.Job.TimeRemaining.Should().Be(60);
        status.Printer!.State.Should().Be("SOMETHING_NEW");
        status.Printer.TempNozzle.Should().Be(215.1);
        status.Transfer!.Size.Should().Be(123456);
        status.Storage.Should().BeEmpty();
    }

    [Test]
    public async Task GetJobAsync_WhenNoJob_ReturnsNull()
    {
        using var client = Client();

        var job = await client.GetJobAsync(CancellationToken.None);

        job.Should().BeNull();
        _printer.Requests.Should().Contain(r => r.Path == "/api/v1/job" && r.StatusCode == 204);
    }

    [Test]
    public async Task GetJobAsync_WhenXlFixtureIsServed_KeepsShortAndLongName()
    {
        _printer.StartJob("x.bgcode");
        _printer.JobBodyOverride = SharedFixtures.ReadText("prusalink", "buddy_v1_job_printing_xl.json");
        using var client = Client();

        var job = await client.GetJobAsync(CancellationToken.None);

        job!.Id.Should().Be(109);
        job.File!.Name.Should().Be("MULTIP~1.BGC");
        job.File.DisplayName.Should().Be("multiple_grots_0.4n_0.15mm_PLA,PLA,PLA,PLA_XLIS_5h36m.bgcode");
        job.File.Refs!.Download.Should().Be("/usb/MULTIP~1.BGC");
        job.File.Size.Should().Be(10262918);
    }

    [Test]
    public async Task GetVersionAndInfo_WhenBuddy_ReturnSerialAndCapabilities()
    {
        using var client = Client();

        var version = await client.GetVersionAsync(CancellationToken.None);
        var info = await client.GetInfoAsync(CancellationToken.None);

        version.SupportsV1.Should().BeTrue();
        version.UploadByPut.Should().BeTrue();
        version.Firmware.Should().BeNull();
        info.Serial.Should().Be(_printer.Serial);
        info.NozzleDiameter.Should().Be(0.4);
    }

    [Test]
    public async Task Requests_WhenApiKeyIsRight_AreAcceptedWithoutChallenges()
    {
        using var client = Client();

        for (var i = 0; i < 3; i++)
        {
            await client.GetStatusAsync(CancellationToken.None);
        }

        _printer.Requests.Should().HaveCount(3).And.OnlyContain(r => r.Auth == "ApiKey" && r.StatusCode == 200);
    }

    [Test]
    public async Task Requests_WhenDigest_CostOne401PerNonceNotPerRequest()
    {
        using var client = Client(PrusaLinkAuthMode.Digest);

        for (var i = 0; i < 5; i++)
        {
            await client.GetStatusAsync(CancellationToken.None);
        }

        await client.PauseJobAsync(1, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);

        _printer.CountStatusCode(401).Should().Be(1);
        _printer.ChallengesIssued.Should().Be(1);
        _printer.Requests.Where(r => r.StatusCode != 401).Should().OnlyContain(r => r.Auth == "Digest");
        _printer.Requests.Should().NotContain(r => r.Auth == "Basic" || r.Headers.ContainsKey("X-Api-Key"));
    }

    [Test]
    public async Task Requests_WhenPrinterIgnoresApiKey_FallBackToDigestOnce()
    {
        _printer.AcceptApiKey = false;
        using var client = Client();

        for (var i = 0; i < 4; i++)
        {
            await client.GetStatusAsync(CancellationToken.None);
        }

        _printer.CountStatusCode(401).Should().Be(1);
        _printer.Requests.Skip(1).Should().OnlyContain(r => r.Auth == "Digest" && r.StatusCode == 200);
    }

    [Test]
    public async Task Requests_WhenNonceExpires_RecoverWithOneRetry()
    {
        using var client = Client(PrusaLinkAuthMode.Digest);
        await client.GetStatusAsync(CancellationToken.None);
        await client.GetStatusAsync(CancellationToken.None);

        _printer.ExpireNonces();
        var status = await client.GetStatusAsync(CancellationToken.None);
        await client.GetStatusAsync(CancellationToken.None);

        status.Printer!.State.Should().Be("IDLE");
        _printer.CountStatusCode(401).Should().Be(2, "the first contact and the expired nonce each cost one 401");
        _printer.Requests.Select(r => r.StatusCode).Should().Equal(401, 200, 200, 401, 200, 200);
    }

    [Test]
    public async Task Requests_WhenPrinterRebooted_RecoverWithTheNewNonce()
    {
        using var client = Client(PrusaLinkAuthMode.Digest);
        await client.GetStatusAsync(CancellationToken.None);

        await _sim.RebootAsync();
        var status = await client.GetStatusAsync(CancellationToken.None);

        status.Printer!.State.Should().Be("IDLE");
        _printer.CountStatusCode(401).Should().Be(2);
    }

    [Test]
    public async Task GetStatusAsync_WhenApiKeyIsWrong_ThrowsAuthenticationFailedNotOffline()
    {
        using var client = Client(key: "wrong-key");

        var act = () => client.GetStatusAsync(CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.AuthenticationFailed.Should().BeTrue();
        error.Unreachable.Should().BeFalse();
        error.Message.Should().Contain("API key").And.Contain("password shown on the printer");
        _printer.Requests.Should().ContainSingle();
    }

    [Test]
    public async Task GetStatusAsync_WhenDigestPasswordIsWrong_ThrowsAuthenticationFailedAfterBoundedAttempts()
    {
        using var client = Client(PrusaLinkAuthMode.Digest, key: "wrong-key");

        var act = () => client.GetStatusAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which.AuthenticationFailed.Should().BeTrue();
        _printer.Requests.Should().HaveCountLessThanOrEqualTo(2).And.OnlyContain(r => r.StatusCode == 401);
    }

    [Test]
    public async Task UploadAsync_WhenDigestNonceExpired_FetchesFreshNonceFirstAndSendsTheBodyOnce()
    {
        using var client = Client(PrusaLinkAuthMode.Digest);
        await client.GetStatusAsync(CancellationToken.None);
        _printer.ExpireNonces();
        var bytes = Encoding.ASCII.GetBytes(new string('G', 100_000));
        using var content = new MemoryStream(bytes);

        var entry = await client.UploadAsync("benchy.gcode", content, bytes.Length, new PrusaLinkUploadOptions(), CancellationToken.None);

        entry!.DisplayName.Should().Be("benchy.gcode");
        var puts = _printer.Requests.Where(r => r.Method == "PUT").ToList();
        puts.Should().ContainSingle().Which.Should().Match<PrusaLinkSimulatorRequest>(r => r.StatusCode == 201 && r.BodyBytes == bytes.Length);
        _printer.Files.Should().Contain(f => f.DisplayName == "benchy.gcode" && f.Content.SequenceEqual(bytes));
    }

    [Test]
    public async Task UploadAsync_WithPrintAfterUpload_SendsHeaderAndPrinterStartsPrinting()
    {
        using var client = Client();
        var bytes = Encoding.ASCII.GetBytes("G28\nG1 X1\n");
        using var content = new MemoryStream(bytes);

        var entry = await client.UploadAsync("jobs/Gear box v2.bgcode", content, bytes.Length, new PrusaLinkUploadOptions { PrintAfterUpload = true }, CancellationToken.None);

        entry!.Name.Should().Be("GEARBO~1.BGC");
        var uploaded = _printer.Files.Single(f => f.DisplayName == "Gear box v2.bgcode");
        uploaded.UploadHeaders.Should().Contain("Print-After-Upload", "?1");
        _printer.State.Should().Be("PRINTING");
        _printer.JobFile.Should().BeSameAs(uploaded);
    }

    [Test]
    public async Task UploadAsync_WhenFileExists_ThrowsConflictWithoutSendingTheBody()
    {
        using var client = Client();
        using var content = new MemoryStream([1, 2, 3]);

        var act = () => client.UploadAsync("EXAMPLE/NUT_15~1.GCO", content, 3, null, CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Contain("already has a file");
        _printer.Requests.Should().NotContain(r => r.Method == "PUT");
    }

    [Test]
    public async Task ListFilesAsync_WhenFolderUnchanged_Answers304WithTheETag()
    {
        using var client = Client();

        var root = await client.ListFilesAsync(string.Empty, null, CancellationToken.None);
        var folder = await client.ListFilesAsync("EXAMPLE", null, CancellationToken.None);
        var again = await client.ListFilesAsync("EXAMPLE", folder.ETag, CancellationToken.None);

        root.Folder!.Children!.Select(c => c.LongName).Should().Contain(["MANUAL_KIT", "Example"]);
        var nut = folder.Folder!.Children!.Single(c => c.Name == "NUT_15~1.GCO");
        nut.LongName.Should().Be("Nut_150um_MINI_PLA_1h32m.gcode");
        nut.Size.Should().BeNull();
        nut.Refs!.Download.Should().Be("/usb/EXAMPLE/NUT_15~1.GCO");
        folder.ETag.Should().NotBeNullOrEmpty();
        again.NotModified.Should().BeTrue();
        again.Folder.Should().BeNull();
    }

    [Test]
    public async Task GetFileAndDownload_WhenFileExists_ReturnSizeAndExactBytes()
    {
        using var client = Client();
        var expected = _printer.Files.Single(f => f.ShortName == "NUT_15~1.GCO").Content;

        var entry = await client.GetFileAsync("EXAMPLE/NUT_15~1.GCO", CancellationToken.None);
        using var target = new MemoryStream();
        var download = await client.DownloadAsync(entry.Refs!.Download!, target, null, CancellationToken.None);

        entry.Size.Should().Be(expected.Length);
        download.BytesWritten.Should().Be(expected.Length);
        target.ToArray().Should().Equal(expected);
    }

    [Test]
    public async Task DownloadAsync_WhenETagMatches_WritesNothing()
    {
        _printer.DownloadETags = true;
        using var client = Client();
        using var first = new MemoryStream();
        var download = await client.DownloadAsync("/usb/EXAMPLE/NUT_15~1.GCO", first, null, CancellationToken.None);
        using var second = new MemoryStream();

        var again = await client.DownloadAsync("/usb/EXAMPLE/NUT_15~1.GCO", second, download.ETag, CancellationToken.None);

        again.NotModified.Should().BeTrue();
        second.Length.Should().Be(0);
    }

    [Test]
    public async Task GetThumbnailAsync_WhenFileHasPreview_ReturnsPngElseNull()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 };
        var file = _printer.AddFile(string.Empty, "BOX~1.GCO", "box.gcode", [1], png);
        using var client = Client();

        var thumbnail = await client.GetThumbnailAsync("/thumb/l/usb/" + file.ShortPath, null, CancellationToken.None);
        var icon = await client.GetThumbnailAsync("/thumb/s/usb/" + file.ShortPath, null, CancellationToken.None);

        thumbnail!.Content.Should().Equal(png);
        thumbnail.ContentType.Should().Be("image/png");
        icon.Should().BeNull();
    }

    [Test]
    public async Task DeleteFileAsync_WhenFileIsPrinted_ThrowsConflictWithPrinterReason()
    {
        var file = _printer.AddFile(string.Empty, "BOX~1.GCO", "box.gcode", [1]);
        var other = _printer.AddFile(string.Empty, "OTHER~1.GCO", "other.gcode", [1]);
        _printer.StartJob(file, 10);
        using var client = Client();

        var act = () => client.DeleteFileAsync(file.ShortPath, CancellationToken.None);
        await client.DeleteFileAsync(other.ShortPath, CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Be("File is busy");
        _printer.Files.Should().NotContain(f => f.ShortName == "OTHER~1.GCO");
    }

    [Test]
    public async Task JobCommands_WhenPrinting_SendTheRightRequestsWithTheJobId()
    {
        var id = _printer.StartJob("cube.bgcode", 12);
        using var client = Client();

        await client.PauseJobAsync(id, CancellationToken.None);
        var paused = _printer.State;
        await client.ResumeJobAsync(id, CancellationToken.None);
        var resumed = _printer.State;
        await client.StopJobAsync(id, CancellationToken.None);

        paused.Should().Be("PAUSED");
        resumed.Should().Be("PRINTING");
        _printer.State.Should().Be("STOPPED");
        _printer.Requests.Select(r => $"{r.Method} {r.Path} {r.StatusCode}").Should().Equal(
            $"PUT /api/v1/job/{id}/pause 204",
            $"PUT /api/v1/job/{id}/resume 204",
            $"DELETE /api/v1/job/{id} 204");
    }

    [Test]
    public async Task PauseJobAsync_WhenAlreadyPaused_ThrowsConflictWithPrinterReason()
    {
        var id = _printer.StartJob("cube.bgcode", 12);
        _printer.State = "PAUSED";
        using var client = Client();

        var act = () => client.PauseJobAsync(id, CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Be("Can't pause, the printer is not printing");
    }

    [Test]
    public async Task PauseJobAsync_WhenJobIdIsNotCurrent_ThrowsConflict()
    {
        var id = _printer.StartJob("cube.bgcode", 12);
        using var client = Client();

        var act = () => client.PauseJobAsync(id + 1, CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Contain("no longer the current job");
    }

    [Test]
    public async Task GetStatusAsync_WhenPrinterIsOff_ThrowsUnreachableWithReason()
    {
        using var client = Client();
        await _sim.StopAsync();

        var act = () => client.GetStatusAsync(CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeTrue();
        error.AuthenticationFailed.Should().BeFalse();
        error.Message.Should().Contain("unreachable").And.Contain("refused");
    }

    [Test]
    public async Task GetStatusAsync_WhenPrinterIsTooSlow_ThrowsUnreachableTimeout()
    {
        _printer.Fault = PrusaLinkSimulatorFault.Slow;
        using var client = Client(timeoutSeconds: 0.3);

        var act = () => client.GetStatusAsync(CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeTrue();
        error.Message.Should().Contain("did not answer");
    }

    [Test]
    public async Task GetStatusAsync_WhenConnectionIsDropped_ThrowsUnreachable()
    {
        _printer.Fault = PrusaLinkSimulatorFault.DropConnection;
        using var client = Client();

        var act = () => client.GetStatusAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which.Unreachable.Should().BeTrue();
    }

    [Test]
    public async Task GetStatusAsync_WhenPrinterFails500_ThrowsClearNonOfflineError()
    {
        _printer.Fault = PrusaLinkSimulatorFault.ServerError;
        using var client = Client();

        var act = () => client.GetStatusAsync(CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeFalse();
        error.Message.Should().Contain("500").And.Contain("Something went wrong");
    }

    [Test]
    public async Task GetStatusAsync_WhenJsonIsMalformed_ThrowsClearError()
    {
        _printer.Fault = PrusaLinkSimulatorFault.MalformedJson;
        using var client = Client();

        var act = () => client.GetStatusAsync(CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which;
        error.Unreachable.Should().BeFalse();
        error.Message.Should().Contain("malformed answer to GET /api/v1/status");
    }

    [Test]
    public async Task Requests_WhenIssuedInParallel_ReachThePrinterOneAtATime()
    {
        _printer.Fault = PrusaLinkSimulatorFault.Slow;
        _printer.ResponseDelay = TimeSpan.FromMilliseconds(100);
        using var client = Client();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetStatusAsync(CancellationToken.None)));

        _printer.MaxConcurrentRequests.Should().Be(1);
        _printer.Requests.Should().HaveCount(5);
    }

    [Test]
    public async Task StartPrintAsync_WhenIdle_PrintsTheFileElseConflict()
    {
        using var client = Client();

        await client.StartPrintAsync("EXAMPLE/NUT_15~1.GCO", CancellationToken.None);
        var act = () => client.StartPrintAsync("EXAMPLE/PRUSA_~1.GCO", CancellationToken.None);

        _printer.JobFile!.ShortName.Should().Be("NUT_15~1.GCO");
        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Be("Printer is busy");
    }

    [Test]
    public async Task UploadAsync_WithPrintAfterUploadWhilePrinting_StoresTheFileAndReportsTheConflict()
    {
        _printer.StartJob("running.gcode", 30);
        using var client = Client();
        using var content = new MemoryStream([0x47, 0x32, 0x38]);

        var act = () => client.UploadAsync("next.gcode", content, 3, new PrusaLinkUploadOptions { PrintAfterUpload = true }, CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Be("Can't print right now");
        _printer.Files.Should().Contain(f => f.DisplayName == "next.gcode");
        _printer.Requests.Count(r => r.Method == "PUT").Should().Be(1);
    }

    [Test]
    public async Task UploadAsync_WhenNameMakesTheUrlTooLong_RefusesBeforeSending()
    {
        using var client = Client();
        using var content = new MemoryStream([1]);

        var act = () => client.UploadAsync(new string('a', 160) + ".gcode", content, 1, null, CancellationToken.None);

        await act.Should().ThrowAsync<BusinessRuleException>();
        _printer.Requests.Should().BeEmpty();
    }
}
