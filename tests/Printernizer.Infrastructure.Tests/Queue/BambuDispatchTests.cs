using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Application.Queue;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Bambu;
using Printernizer.Ftps;
using Printernizer.Infrastructure.Tests.Printers.Bambu;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Queue;

/// <summary>
/// Starting a print on a Bambu printer: a real mosquitto (TLS) with the simulated printer and a real vsftpd (implicit
/// FTPS) with the same certificate. The file must be fully uploaded before project_file arrives, and project_file is
/// never sent while the printer is busy.
/// </summary>
[NonParallelizable]
public sealed class BambuDispatchTests
{
    private const string Serial = "0309DA123456789";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _certificate = null!;
    private MosquittoServer _broker = null!;
    private VsftpdServer _ftps = null!;

    [OneTimeSetUp]
    public void StartServers()
    {
        _ca = new TestCertificateAuthority("BBL Test CA");
        _certificate = _ca.Issue(Serial);
        _broker = MosquittoServer.Start(new MosquittoServerOptions
        {
            TlsCertificate = _certificate,
            Users = new Dictionary<string, string> { ["bblp"] = VsftpdServer.Password, [VsftpdServer.UserName] = VsftpdServer.Password },
        });
        _ftps = VsftpdServer.Start(_certificate);
    }

    [OneTimeTearDown]
    public void StopServers()
    {
        _ftps.Dispose();
        _broker.Dispose();
        _certificate.Dispose();
        _ca.Dispose();
    }

    private BambuPrinterDriver CreateDriver() => BambuPrinterDriver.Create(
        new PrinterConnectionSettings
        {
            PrinterId = Guid.NewGuid(),
            Name = "A1 Werkstatt",
            Kind = PrinterKind.Bambu,
            Host = "127.0.0.1",
            MqttPort = _broker.Port,
            FtpsPort = _ftps.Port,
            Serial = Serial,
            AccessCode = VsftpdServer.Password,
            TlsFingerprint = _certificate.Sha256Fingerprint,
        },
        TimeProvider.System,
        NullLogger<BambuPrinterDriver>.Instance,
        new BambuDriverOptions
        {
            UserName = VsftpdServer.UserName,
            KeepAlive = TimeSpan.FromSeconds(5),
            CommandAckTimeout = TimeSpan.FromSeconds(10),
            PushallMinInterval = TimeSpan.FromMilliseconds(200),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });

    private static PrintDispatchRequest Request(byte[] content, string fileName) => new()
    {
        FileName = fileName,
        Content = new MemoryStream(content),
        Length = content.Length,
        JobName = "Halter_v2",
        Plate = 2,
        MaterialType = "PLA",
    };

    [Test]
    public async Task StartPrint_WhenIdle_UploadsTheFileCompletely_ThenSendsProjectFileWithTheDocumentedFields()
    {
        var fileName = "Halter_" + Guid.NewGuid().ToString("N")[..8] + ".gcode.3mf";
        var content = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        await using var printer = new BambuPrinterSimulator(_broker, Serial, VsftpdServer.Password) { State = BambuFixtures.Print(BambuFixtures.A1Pushall) };
        using (var connect = new CancellationTokenSource(Generous))
        {
            await printer.ConnectAsync(connect.Token);
        }

        var sink = new RecordingSink();
        var driver = CreateDriver();
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => driver.RunAsync(sink, stop.Token));
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle && s.LoadedMaterials.Count > 0, "idle with AMS trays");

        // The printer side: when project_file arrives, note what the FTPS root holds at that moment, then ack and start.
        byte[]? onServerAtProjectFile = null;
        var printerSide = Task.Run(async () =>
        {
            await RecordingSink.WaitUntilAsync(() => printer.Count("project_file") > 0, "project_file received");
            var path = Path.Combine(_ftps.RootPath, fileName);
            onServerAtProjectFile = File.Exists(path) ? await File.ReadAllBytesAsync(path) : [];
            var sequence = printer.Requests.Last(r => r["print"]?["command"]?.GetValue<string>() == "project_file")["print"]!["sequence_id"]!.GetValue<string>();
            await printer.PublishAsync(new JsonObject
            {
                ["print"] = new JsonObject { ["command"] = "project_file", ["sequence_id"] = sequence, ["param"] = "Metadata/plate_2.gcode", ["result"] = "success", ["reason"] = "" },
            }.ToJsonString());
            await printer.PublishDeltaAsync(new JsonObject { ["gcode_state"] = "PREPARE", ["subtask_name"] = "Halter_v2" });
        });

        await driver.StartPrintAsync(Request(content, fileName), new FtpsSessionGate(), CancellationToken.None);
        await printerSide.WaitAsync(Generous);

        onServerAtProjectFile.Should().Equal(content, "project_file may only follow a completed upload (226)");
        (await File.ReadAllBytesAsync(Path.Combine(_ftps.RootPath, fileName))).Should().Equal(content);
        printer.Count("project_file").Should().Be(1);
        var print = printer.Requests.Single(r => r["print"]?["command"]?.GetValue<string>() == "project_file")["print"]!.AsObject();
        print["param"]!.GetValue<string>().Should().Be("Metadata/plate_2.gcode");
        print["file"]!.GetValue<string>().Should().Be(fileName);
        print["url"]!.GetValue<string>().Should().Be("ftp://" + fileName);
#pragma warning disable CA5351 // the protocol's integrity check
        print["md5"]!.GetValue<string>().Should().Be(Convert.ToHexString(MD5.HashData(content)));
#pragma warning restore CA5351
        print["subtask_name"]!.GetValue<string>().Should().Be("Halter_v2");
        print["profile_id"]!.GetValue<string>().Should().Be("0");
        foreach (var id in new[] { "project_id", "task_id", "subtask_id" })
        {
            long.Parse(print[id]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, int.MaxValue);
        }

        foreach (var flag in new[] { "bed_leveling", "flow_cali", "vibration_cali", "layer_inspect", "timelapse", "use_ams" })
        {
            print[flag]!.GetValueKind().Should().BeOneOf(System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False);
        }

        print["ams_mapping"]!.AsArray().Should().HaveCount(1);
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Preparing, "the printer prepares the dispatched print");
        await stop.CancelAsync();
        await run.WaitAsync(Generous).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await driver.DisposeAsync();
    }

    [Test]
    public async Task StartPrint_WhenBusy_Throws409_WithoutUploadingOrSendingProjectFile()
    {
        var fileName = "Busy_" + Guid.NewGuid().ToString("N")[..8] + ".gcode.3mf";
        await using var printer = new BambuPrinterSimulator(_broker, Serial, VsftpdServer.Password) { State = BambuFixtures.Print(BambuFixtures.A1Pushall) };
        using (var connect = new CancellationTokenSource(Generous))
        {
            await printer.ConnectAsync(connect.Token);
        }

        var sink = new RecordingSink();
        var driver = CreateDriver();
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => driver.RunAsync(sink, stop.Token));
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle");
        await printer.PublishDeltaAsync(new JsonObject { ["gcode_state"] = "RUNNING", ["mc_percent"] = 12 });
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Printing, "printing");

        var act = () => driver.StartPrintAsync(Request([1, 2, 3], fileName), new FtpsSessionGate(), CancellationToken.None);

        (await act.Should().ThrowAsync<ConflictException>()).Which.Message.Should().Contain("idle");
        printer.Count("project_file").Should().Be(0, "project_file while busy cancels the running print on an A1 mini");
        File.Exists(Path.Combine(_ftps.RootPath, fileName)).Should().BeFalse();
        await stop.CancelAsync();
        await run.WaitAsync(Generous).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await driver.DisposeAsync();
    }

    [Test]
    public async Task StartPrint_WhenTheUploadFails_ThrowsWithTheReason_AndSendsNoProjectFile()
    {
        await using var printer = new BambuPrinterSimulator(_broker, Serial, VsftpdServer.Password) { State = BambuFixtures.Print(BambuFixtures.A1Pushall) };
        using (var connect = new CancellationTokenSource(Generous))
        {
            await printer.ConnectAsync(connect.Token);
        }

        var sink = new RecordingSink();
        var driver = CreateDriver();
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => driver.RunAsync(sink, stop.Token));
        await sink.WaitForStatusAsync(s => s.State == PrinterState.Idle, "idle");

        // A path into a missing folder: vsftpd refuses the STOR (553), as a full or read-only SD card would.
        var act = () => driver.StartPrintAsync(Request([1, 2, 3], "missing-folder/x.gcode.3mf"), new FtpsSessionGate(), CancellationToken.None);

        (await act.Should().ThrowAsync<PrinterCommunicationException>()).Which.Message.Should().Contain("Uploading");
        printer.Count("project_file").Should().Be(0);
        await stop.CancelAsync();
        await run.WaitAsync(Generous).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await driver.DisposeAsync();
    }
}
