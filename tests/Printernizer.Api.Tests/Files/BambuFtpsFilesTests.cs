using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.Files;

/// <summary>Bambu printer files through the real host against a real vsftpd (implicit FTPS, session reuse required) as the printer.</summary>
[NonParallelizable]
public sealed class BambuFtpsFilesTests
{
    private const string Serial = "01P00A391800123";

    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _certificate = null!;

    [OneTimeSetUp]
    public void CreateCertificates()
    {
        _ca = new TestCertificateAuthority();
        _certificate = _ca.Issue(Serial);
    }

    [OneTimeTearDown]
    public void DisposeCertificates()
    {
        _certificate.Dispose();
        _ca.Dispose();
    }

    private static PrinternizerFactory Factory(params (string, string)[] settings) =>
        new(settings: FilesApi.Settings([("BambuFtpsUserName", VsftpdServer.UserName), .. settings]));

    private static Task<string> AddPrinterAsync(HttpClient client, VsftpdServer server) =>
        FilesApi.CreatePrinterAsync(client, new
        {
            name = "X1C Halle",
            kind = "bambu",
            host = VsftpdServer.Host,
            serial = Serial,
            ftpsPort = server.Port,
            accessCode = VsftpdServer.Password,
            isActive = false,
        });

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    [Test]
    public async Task Sync_WhenPrinterHasHundredsOfFilesWithUnicodeNames_ListsRootCacheAndModelAndPinsCertificate()
    {
        using var server = VsftpdServer.Start(_certificate);
        for (var i = 0; i < 300; i++)
        {
            server.WriteFile(string.Create(CultureInfo.InvariantCulture, $"Teil_{i:D3}_Größe_{i % 7}mm.gcode.3mf"), Encoding.UTF8.GetBytes("x" + i));
        }

        for (var i = 0; i < 60; i++)
        {
            server.WriteFile(string.Create(CultureInfo.InvariantCulture, $"cache/クラウド印刷 {i}.3mf"), Encoding.UTF8.GetBytes("cache" + i));
        }

        server.WriteFile("model/Halterung mit Leerzeichen.stl", "solid"u8.ToArray());
        server.WriteFile("timelapse/video_2026-11-20_10-00-00.mp4", new byte[100]);
        server.WriteFile("Ünïcödé – 漢字 ✓.gcode", "G28\n"u8.ToArray());
        using var factory = Factory();
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrinterAsync(client, server);

        var sync = await FilesApi.SyncAsync(client, printerId);
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/files?printerId={printerId}&pageSize=500&sort=name");

        sync.GetProperty("files").GetInt32().Should().Be(362);
        page.GetProperty("totalCount").GetInt32().Should().Be(362, "root, /cache and /model are listed; /timelapse is not");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.Name()).Should().Contain(["Teil_042_Größe_0mm.gcode.3mf", "クラウド印刷 7.3mf", "Halterung mit Leerzeichen.stl", "Ünïcödé – 漢字 ✓.gcode"]);
        items.Single(i => i.Name() == "クラウド印刷 7.3mf").GetProperty("path").GetString().Should().Be("/cache/クラウド印刷 7.3mf");
        items.Single(i => i.Name() == "Halterung mit Leerzeichen.stl").GetProperty("type").GetString().Should().Be("stl");
        items.Should().NotContain(i => i.Name().EndsWith(".mp4", StringComparison.Ordinal));
        var printer = await client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{printerId}");
        printer.GetProperty("tlsFingerprint").GetString().Should().Be(_certificate.Sha256Fingerprint, "the certificate is pinned on first use");

        var unicode = items.Single(i => i.Name() == "Ünïcödé – 漢字 ✓.gcode");
        var done = await FilesApi.DownloadAndWaitAsync(client, unicode.Id());
        done.Status().Should().Be("downloaded", done.ToString());
        done.GetProperty("localPath").GetString().Should().EndWith("/Ünïcödé – 漢字 ✓.gcode");
        (await FilesApi.ContentSha256Async(client, unicode.Id())).Should().Be(FilesApi.Sha256("G28\n"u8.ToArray()));
    }

    [Test]
    public async Task Download_When50MegabyteFile_ReportsProgressAndStoresMatchingSha256()
    {
        using var server = VsftpdServer.Start(_certificate);
        var content = RandomBytes(50 * 1024 * 1024, 50);
        server.WriteFile("cache/Grosses_Modell_0.16mm_PETG.gcode.3mf", content);
        using var factory = Factory();
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrinterAsync(client, server);
        await FilesApi.SyncAsync(client, printerId);
        var file = (await FilesApi.ListAsync(client, $"printerId={printerId}")).Single();
        await using var events = await EventCollector.StartAsync(client);

        var done = await FilesApi.DownloadAndWaitAsync(client, file.Id(), timeoutSeconds: 120);

        done.Status().Should().Be("downloaded", done.ToString());
        done.GetProperty("sha256").GetString().Should().Be(FilesApi.Sha256(content));
        (await FilesApi.ContentSha256Async(client, file.Id())).Should().Be(FilesApi.Sha256(content));
        var progress = await Eventually.GetAsync(
            () => Task.FromResult(events.Named("download.progress").Where(e => e.GetProperty("fileId").GetString() == file.Id()).ToList()),
            p => p.Any(e => e.GetProperty("bytes").GetInt64() == content.Length),
            "the final progress event");
        progress.Should().OnlyContain(e => e.GetProperty("total").GetInt64() == content.Length);
        progress.Select(e => e.GetProperty("bytes").GetInt64()).Should().BeInAscendingOrder();
        progress.Last().GetProperty("percent").GetDecimal().Should().Be(100m);
        progress.Should().Contain(e => e.GetProperty("bytesPerSecond").GetInt64() > 0);
        FilesApi.LibraryFiles(factory).Should().ContainSingle().Which.Should().EndWith("Grosses_Modell_0.16mm_PETG.gcode.3mf");
    }

    [Test]
    public async Task Download_WhenPrinterDiesMidTransfer_EndsInErrorWithoutPartialFileAndRetrySucceeds()
    {
        using var server = VsftpdServer.Start(_certificate);
        var content = RandomBytes(24 * 1024 * 1024, 24);
        server.WriteFile("Abbruch_Test.gcode", content);
        // A bandwidth limit keeps the transfer running long enough to pull the plug in the middle.
        using var factory = Factory(("DownloadBytesPerSecondLimit", "6000000"));
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrinterAsync(client, server);
        await FilesApi.SyncAsync(client, printerId);
        var file = (await FilesApi.ListAsync(client, $"printerId={printerId}")).Single();
        await using var events = await EventCollector.StartAsync(client);

        (await client.PostAsync($"/api/v1/files/{file.Id()}/download", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Eventually.GetAsync(
            () => Task.FromResult(events.Named("download.progress").Any(e => e.GetProperty("bytes").GetInt64() is > 0 and < 24 * 1024 * 1024)),
            started => started,
            "the transfer to be under way");
        server.Kill();

        var failed = await FilesApi.WaitForStatusAsync(client, file.Id(), "error");
        failed.GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        failed.GetProperty("localPath").ValueKind.Should().Be(JsonValueKind.Null);
        FilesApi.LibraryFiles(factory).Should().BeEmpty("no partial file may stay in the library or its temp folder");
        await (await client.GetAsync($"/api/v1/files/{file.Id()}/content")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/files/statistics")).GetProperty("downloads").GetProperty("failed").GetInt64().Should().Be(1);

        server.Restart();
        var retried = await FilesApi.DownloadAndWaitAsync(client, file.Id(), timeoutSeconds: 120);

        retried.Status().Should().Be("downloaded", retried.ToString());
        retried.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        (await FilesApi.ContentSha256Async(client, file.Id())).Should().Be(FilesApi.Sha256(content));
        FilesApi.LibraryFiles(factory).Should().ContainSingle();
    }

    [Test]
    public async Task Sync_WhenPrinterUnreachable_ReportsFailureAndKeepsFiles()
    {
        using var server = VsftpdServer.Start(_certificate);
        server.WriteFile("a.gcode", "G28"u8.ToArray());
        using var factory = Factory();
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrinterAsync(client, server);
        await FilesApi.SyncAsync(client, printerId);
        server.Kill();

        var response = await client.PostAsync($"/api/v1/files/sync?printerId={printerId}", null);

        var result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("printers")[0];
        result.GetProperty("ok").GetBoolean().Should().BeFalse();
        result.GetProperty("error").GetString().Should().Contain("X1C Halle");
        (await FilesApi.ListAsync(client, $"printerId={printerId}")).Should().ContainSingle().Which.Status().Should().Be("available", "an unreachable printer is no reason to call its files missing");
    }
}
