using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.Files;

/// <summary>Prusa printer files through the real host against the PrusaLink simulator (a real HTTP server).</summary>
public sealed class PrusaLinkFilesTests
{
    private static Task<string> AddPrinterAsync(HttpClient client, PrusaLinkSimulator simulator) =>
        FilesApi.CreatePrinterAsync(client, new
        {
            name = "Core One Labor",
            kind = "prusa",
            host = "127.0.0.1",
            httpPort = simulator.Printer.Port,
            apiKey = simulator.Printer.ApiKey,
            isActive = false,
        });

    private static byte[] GCode(string text) => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(text + "\n", 2000)));

    [Test]
    public async Task Sync_WhenUsbTreeIsNested_ShowsLongNamesAndAsksOnlyChangedFolders()
    {
        await using var simulator = await PrusaLinkSimulator.StartNewAsync();
        simulator.Printer.AddFile("", "BOX~1.GCO", "box_0.2mm_PLA_COREONE_1h02m.gcode", GCode("G1 X1"));
        simulator.Printer.AddFile("Projekte", "HALTER~1.BGC", "Halterung_Kamera_0.15mm_PETG_COREONE_3h15m.bgcode", GCode("G1 X2"));
        simulator.Printer.AddFile("Projekte/Kunde_01", "SCHILD~1.GCO", "Schild_Firmenlogo_mit_sehr_langem_Namen_0.2mm_PLA_2h.gcode", GCode("G1 X3"));
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrinterAsync(client, simulator);

        await FilesApi.SyncAsync(client, printerId);
        var files = (await FilesApi.ListAsync(client, $"printerId={printerId}&sort=name&pageSize=100")).Where(f => !f.GetProperty("path").GetString()!.StartsWith("/usb/Example/", StringComparison.Ordinal)).ToList();

        files.Select(f => f.Name()).Should().Equal(
            "box_0.2mm_PLA_COREONE_1h02m.gcode",
            "Halterung_Kamera_0.15mm_PETG_COREONE_3h15m.bgcode",
            "Schild_Firmenlogo_mit_sehr_langem_Namen_0.2mm_PLA_2h.gcode");
        files[2].GetProperty("path").GetString().Should().Be("/usb/Projekte/Kunde_01/Schild_Firmenlogo_mit_sehr_langem_Namen_0.2mm_PLA_2h.gcode");
        files[2].GetProperty("sizeBytes").GetInt64().Should().Be(GCode("G1 X3").Length);
        files[1].GetProperty("type").GetString().Should().Be("bgcode");
        files.Should().OnlyContain(f => f.GetProperty("modifiedAt").GetString()!.EndsWith('Z'));

        simulator.Printer.ClearRequests();
        var again = await FilesApi.SyncAsync(client, printerId);

        again.GetProperty("files").GetInt32().Should().Be(3 + 8, "three files plus the simulator's eight examples");
        var folderRequests = simulator.Printer.CountRequests("GET", "/api/v1/files/usb");
        folderRequests.Should().BeGreaterThanOrEqualTo(3, "root, Projekte and Projekte/Kunde_01 at least");
        simulator.Printer.CountStatusCode(304).Should().Be(folderRequests, "every folder is unchanged (304 to its ETag) and no file is asked for its size again");

        simulator.Printer.AddFile("Projekte", "NEU~1.GCO", "Neu_hinzugefuegt.gcode", GCode("G1 X4"));
        (await FilesApi.SyncAsync(client, printerId)).GetProperty("added").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task Download_WhenFileInNestedFolder_StoresLongNameAndHonoursETag()
    {
        await using var simulator = await PrusaLinkSimulator.StartNewAsync();
        var content = GCode("G1 X10 Y10 E0.5");
        simulator.Printer.AddFile("Projekte", "HALTER~1.GCO", "Halterung_Kamera_0.15mm_PETG_COREONE_3h15m.gcode", content);
        simulator.Printer.DownloadETags = true;
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrinterAsync(client, simulator);
        await FilesApi.SyncAsync(client, printerId);
        var file = (await FilesApi.ListAsync(client, $"printerId={printerId}&search=Halterung")).Single();

        var done = await FilesApi.DownloadAndWaitAsync(client, file.Id());

        done.Status().Should().Be("downloaded", done.ToString());
        done.GetProperty("localPath").GetString().Should().StartWith("Core One Labor/").And.EndWith("/Halterung_Kamera_0.15mm_PETG_COREONE_3h15m.gcode");
        (await FilesApi.ContentSha256Async(client, file.Id())).Should().Be(FilesApi.Sha256(content));
        simulator.Printer.CountRequests("GET", "/usb/Projekte/HALTER~1.GCO").Should().Be(1, "the download uses the short-name ref");

        simulator.Printer.ClearRequests();
        var again = await FilesApi.DownloadAndWaitAsync(client, file.Id());

        again.Status().Should().Be("downloaded");
        again.GetProperty("localPath").GetString().Should().Be(done.GetProperty("localPath").GetString());
        simulator.Printer.Requests.Should().Contain(r => r.Path.StartsWith("/usb/", StringComparison.Ordinal) && r.StatusCode == 304, "the unchanged file is not sent again");
        FilesApi.LibraryFiles(factory).Should().ContainSingle();
        (await FilesApi.ContentSha256Async(client, file.Id())).Should().Be(FilesApi.Sha256(content));
    }

    [Test]
    public async Task Download_WhenPrinterListsHostileNames_KeepsEveryCopyInsideTheLibraryWithReadableNames()
    {
        await using var simulator = await PrusaLinkSimulator.StartNewAsync();
        var longName = new string('a', 300) + ".gcode";
        simulator.Printer.AddFile("", "EVIL1~1.GCO", "../../x.gcode", GCode("G1 X1"));
        simulator.Printer.AddFile("", "CON~1.GCO", "CON", GCode("G1 X2"));
        simulator.Printer.AddFile("", "LONG~1.GCO", longName, GCode("G1 X3"));
        simulator.Printer.AddFile("", "ZEILE~1.GCO", "zeile1\nzeile2.gcode", GCode("G1 X4"));
        simulator.Printer.AddFile("", "ABS~1.GCO", "/etc/passwd.gcode", GCode("G1 X5"));
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrinterAsync(client, simulator);
        await FilesApi.SyncAsync(client, printerId);
        var files = (await FilesApi.ListAsync(client, $"printerId={printerId}&pageSize=100")).Where(f => !f.GetProperty("path").GetString()!.StartsWith("/usb/Example/", StringComparison.Ordinal)).ToList();
        files.Select(f => f.Name()).Should().BeEquivalentTo(["../../x.gcode", "CON", longName, "zeile1\nzeile2.gcode", "/etc/passwd.gcode"], "the list shows what the printer says");

        (await client.PostAsJsonAsync("/api/v1/files/downloads", new { fileIds = files.Select(f => f.Id()) })).EnsureSuccessStatusCode();
        var done = new List<JsonElement>();
        foreach (var file in files)
        {
            done.Add(await FilesApi.WaitForStatusAsync(client, file.Id(), "downloaded"));
        }

        var root = Path.GetFullPath(Path.Combine(factory.DataFolder, "files"));
        var localNames = done.ToDictionary(d => d.Name(), d => d.GetProperty("localPath").GetString()!);
        foreach (var localPath in localNames.Values)
        {
            var full = Path.GetFullPath(Path.Combine(root, localPath));
            full.Should().StartWith(root + Path.DirectorySeparatorChar);
            File.Exists(full).Should().BeTrue();
            localPath.Split('/').Should().HaveCount(4, "<printer>/<yyyy>/<MM>/<name>").And.NotContain("..");
        }

        Path.GetFileName(localNames["../../x.gcode"]).Should().Be("x.gcode");
        Path.GetFileName(localNames["CON"]).Should().Be("_CON");
        Path.GetFileName(localNames["zeile1\nzeile2.gcode"]).Should().Be("zeile1 zeile2.gcode");
        Path.GetFileName(localNames["/etc/passwd.gcode"]).Should().Be("etc_passwd.gcode");
        Path.GetFileName(localNames[longName]).Should().StartWith("aaaaaaaa").And.EndWith(".gcode");
        Encoding.UTF8.GetByteCount(Path.GetFileName(localNames[longName])).Should().BeLessThan(256);
        FilesApi.LibraryFiles(factory).Should().HaveCount(5);
        Directory.EnumerateFileSystemEntries(factory.DataFolder).Select(Path.GetFileName).Should().NotContain(["x.gcode", "etc"]);
    }
}
