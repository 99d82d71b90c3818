using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.Files.Sources;

namespace Printernizer.Api.Tests.Files;

/// <summary>The combined list, downloads, uploads, cleanup and errors through the real host with simulated printers.</summary>
public sealed class SimulatedFilesTests
{
    private static async Task<(PrinternizerFactory Factory, HttpClient Client, string PrinterId)> StartAsync(params (string, string)[] settings)
    {
        var factory = new PrinternizerFactory(settings: FilesApi.Settings(settings));
        var client = await factory.CreateAdminClientAsync();
        var printerId = await FilesApi.CreatePrinterAsync(client, new { name = "Sim A1", kind = "simulated", isActive = false });
        return (factory, client, printerId);
    }

    private static MultipartFormDataContent Upload(string fileName, byte[] content, string field = "file")
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, field, fileName);
        return form;
    }

    [Test]
    public async Task Sync_WhenSimulatedPrinterHasSamples_ListsThemAsAvailable()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;

        var sync = await FilesApi.SyncAsync(client, printerId);
        var files = await FilesApi.ListAsync(client, $"printerId={printerId}&pageSize=100");

        sync.GetProperty("added").GetInt32().Should().Be(SimulatedFileStore.SampleNames.Length);
        files.Should().HaveCount(SimulatedFileStore.SampleNames.Length);
        files.Should().OnlyContain(f => f.Status() == "available" && f.GetProperty("printerName").GetString() == "Sim A1");
        files.Select(f => f.Name()).Should().BeEquivalentTo(SimulatedFileStore.SampleNames);
        files.Single(f => f.Name() == "Halterung_v3.gcode.3mf").GetProperty("type").GetString().Should().Be("3mf");
        files.Single(f => f.Name() == "Vase_spiral.bgcode").GetProperty("type").GetString().Should().Be("bgcode");
        files.Single(f => f.Name() == "Benchy_0.2mm_PLA.gcode").GetProperty("path").GetString().Should().Be("/sdcard/Benchy_0.2mm_PLA.gcode");
        (await FilesApi.SyncAsync(client, printerId)).GetProperty("added").GetInt32().Should().Be(0, "a second sync finds nothing new");
    }

    [Test]
    public async Task Download_When3mfWithPlateMd5_StoresVerifiedCopyUnderPrinterFolderAndServesIt()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        await FilesApi.SyncAsync(client, printerId);
        var file = (await FilesApi.ListAsync(client, $"printerId={printerId}&search=Halterung")).Single();
        await using var events = await EventCollector.StartAsync(client);

        var done = await FilesApi.DownloadAndWaitAsync(client, file.Id());

        done.Status().Should().Be("downloaded", done.ToString());
        var localPath = done.GetProperty("localPath").GetString()!;
        var berlin = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        localPath.Should().Be(FormattableString.Invariant($"Sim A1/{berlin:yyyy}/{berlin:MM}/Halterung_v3.gcode.3mf"));
        done.GetProperty("downloadedAt").GetString().Should().EndWith("Z");
        var sha = done.GetProperty("sha256").GetString();
        (await FilesApi.ContentSha256Async(client, file.Id())).Should().Be(sha);
        using var content = await client.GetAsync($"/api/v1/files/{file.Id()}/content");
        content.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Halterung_v3.gcode.3mf");
        content.Content.Headers.ContentLength.Should().Be(file.GetProperty("sizeBytes").GetInt64());
        await Eventually.GetAsync(
            () => Task.FromResult(events.Named("file.updated").Count(e => e.GetProperty("id").GetString() == file.Id())),
            n => n >= 2,
            "file.updated for downloading and downloaded");
        events.Named("file.updated").Where(e => e.GetProperty("id").GetString() == file.Id()).Select(e => e.GetProperty("status").GetString())
            .Should().ContainInOrder("downloading", "downloaded");
        events.Named("download.progress").Should().Contain(e => e.GetProperty("fileId").GetString() == file.Id()
            && e.GetProperty("bytes").GetInt64() == file.GetProperty("sizeBytes").GetInt64()
            && e.GetProperty("total").GetInt64() == file.GetProperty("sizeBytes").GetInt64());
    }

    [Test]
    public async Task BulkDownload_WhenSomeIdsUnknownOrLocal_QueuesTheRestAndReportsSkipped()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        await FilesApi.SyncAsync(client, printerId);
        var files = await FilesApi.ListAsync(client, $"printerId={printerId}&type=gcode");
        var upload = await client.PostAsync("/api/v1/files", Upload("local.gcode", "G28\n"u8.ToArray()));
        var localId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var unknown = Guid.NewGuid().ToString();

        var response = await client.PostAsJsonAsync("/api/v1/files/downloads", new { fileIds = files.Select(f => f.Id()).Append(localId).Append(unknown) });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("queued").GetArrayLength().Should().Be(files.Count);
        result.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("fileId").GetString()).Should().BeEquivalentTo([localId, unknown]);
        foreach (var file in files)
        {
            (await FilesApi.WaitForStatusAsync(client, file.Id(), "downloaded")).GetProperty("sha256").GetString().Should().HaveLength(64);
        }

        await (await client.PostAsJsonAsync("/api/v1/files/downloads", new { fileIds = Array.Empty<Guid>() })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Sync_WhenFilesDisappearFromPrinter_MarksThemMissingAndKeepsLocalCopy()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        await FilesApi.SyncAsync(client, printerId);
        var files = await FilesApi.ListAsync(client, $"printerId={printerId}&type=gcode&sort=name");
        var downloaded = await FilesApi.DownloadAndWaitAsync(client, files[0].Id());
        var store = factory.Services.GetRequiredService<SimulatedFileStore>();
        var content = store.Find(Guid.Parse(printerId), files[0].GetProperty("path").GetString()!)!;
        store.Remove(Guid.Parse(printerId), files[0].GetProperty("path").GetString()!);
        store.Remove(Guid.Parse(printerId), files[1].GetProperty("path").GetString()!);

        var sync = await FilesApi.SyncAsync(client, printerId);

        sync.GetProperty("missing").GetInt32().Should().Be(2);
        var first = await FilesApi.GetAsync(client, files[0].Id());
        first.Status().Should().Be("missing");
        first.GetProperty("localPath").GetString().Should().Be(downloaded.GetProperty("localPath").GetString());
        (await FilesApi.ContentSha256Async(client, files[0].Id())).Should().Be(downloaded.GetProperty("sha256").GetString(), "the local copy stays usable");
        (await FilesApi.GetAsync(client, files[1].Id())).Status().Should().Be("missing");
        (await FilesApi.ListAsync(client, "status=missing")).Should().HaveCount(2);
        await (await client.PostAsync($"/api/v1/files/{files[1].Id()}/download", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        store.Add(Guid.Parse(printerId), content.Name, content.Content);
        await FilesApi.SyncAsync(client, printerId);
        (await FilesApi.GetAsync(client, files[0].Id())).Status().Should().Be("downloaded", "it is back on the printer and still local");
    }

    [Test]
    public async Task List_WhenFilteredSortedAndPaged_ReturnsTheRightSlice()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        await FilesApi.SyncAsync(client, printerId);
        (await client.PostAsync("/api/v1/files", Upload("Zubehör Teil.stl", Encoding.UTF8.GetBytes("solid x\nendsolid x\n")))).StatusCode.Should().Be(HttpStatusCode.Created);

        var threeMf = await FilesApi.ListAsync(client, "type=3mf");
        var local = await FilesApi.ListAsync(client, "status=local");
        var search = await FilesApi.ListAsync(client, "search=zahnrad");
        var byName = await FilesApi.ListAsync(client, "sort=name&pageSize=500");
        var bySizeDesc = await FilesApi.ListAsync(client, "sort=-sizeBytes&pageSize=500");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/files?sort=name&page=2&pageSize=3");
        var printerOnly = await FilesApi.ListAsync(client, $"printerId={printerId}&pageSize=500");

        threeMf.Select(f => f.Name()).Should().BeEquivalentTo(SimulatedFileStore.SampleNames.Where(n => n.EndsWith(".3mf", StringComparison.Ordinal)));
        local.Should().ContainSingle().Which.Name().Should().Be("Zubehör Teil.stl");
        local[0].GetProperty("printerId").ValueKind.Should().Be(JsonValueKind.Null);
        local[0].GetProperty("type").GetString().Should().Be("stl");
        search.Should().ContainSingle().Which.Name().Should().Be("Zahnrad_M2.gcode.3mf");
        byName.Select(f => f.Name()).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        bySizeDesc.Select(f => f.GetProperty("sizeBytes").GetInt64()).Should().BeInDescendingOrder();
        page.GetProperty("totalCount").GetInt32().Should().Be(SimulatedFileStore.SampleNames.Length + 1);
        page.GetProperty("page").GetInt32().Should().Be(2);
        page.GetProperty("items").EnumerateArray().Select(f => f.Name()).Should().Equal(byName.Skip(3).Take(3).Select(f => f.Name()));
        printerOnly.Should().HaveCount(SimulatedFileStore.SampleNames.Length);
    }

    [TestCase("sort=size")]
    [TestCase("type=obj")]
    [TestCase("status=lost")]
    [TestCase("pageSize=0")]
    [TestCase("pageSize=501")]
    [TestCase("page=0")]
    public async Task List_WhenQueryInvalid_Returns400Problem(string query)
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateApiKeyClientAsync("read");

        await (await client.GetAsync("/api/v1/files?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Upload_WhenValidMultipart_Returns201RowAndSameContent()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("G1 X10 Y10\n", 5000)));

        var response = await client.PostAsync("/api/v1/files", Upload("../../Halter für Rolle.gcode", bytes));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, text);
        var row = JsonDocument.Parse(text).RootElement;
        response.Headers.Location!.ToString().Should().EndWith("/api/v1/files/" + row.Id());
        row.Status().Should().Be("local");
        row.Name().Should().Be("Halter für Rolle.gcode");
        row.GetProperty("sizeBytes").GetInt64().Should().Be(bytes.Length);
        row.GetProperty("sha256").GetString().Should().Be(FilesApi.Sha256(bytes));
        row.GetProperty("localPath").GetString().Should().StartWith("local/").And.EndWith("/Halter für Rolle.gcode");
        (await FilesApi.ContentSha256Async(client, row.Id())).Should().Be(FilesApi.Sha256(bytes));
        FilesApi.LibraryFiles(factory).Should().ContainSingle().Which.Should().NotContain("..");

        var again = await client.PostAsync("/api/v1/files", Upload("Halter für Rolle.gcode", "other"u8.ToArray()));
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("localPath").GetString().Should().EndWith("/Halter für Rolle (2).gcode", "a different file never overwrites");
    }

    [Test]
    public async Task Upload_WhenEmptyTooLargeOrMissingField_ReturnsProblem()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings(("MaxUploadBytes", "100000")));
        using var client = await factory.CreateAdminClientAsync();

        var empty = await client.PostAsync("/api/v1/files", Upload("empty.gcode", []));
        var tooLarge = await client.PostAsync("/api/v1/files", Upload("big.gcode", new byte[300_000]));
        var wrongField = await client.PostAsync("/api/v1/files", Upload("x.gcode", "G28"u8.ToArray(), field: "upload"));

        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("file").Should().NotBeEmpty();
        (await tooLarge.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString().Should().Contain("100000");
        await wrongField.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        FilesApi.LibraryFiles(factory).Should().BeEmpty();
        (await FilesApi.ListAsync(client, "")).Should().BeEmpty();
    }

    [Test]
    public async Task Cleanup_WhenDryRun_ReportsWithoutDeletingAndRealRunDeletesOldestFirst()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        var ids = new List<string>();
        foreach (var name in new[] { "a.gcode", "b.gcode", "c.gcode" })
        {
            var response = await client.PostAsync("/api/v1/files", Upload(name, new byte[10_000]));
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).Id());
        }

        await FilesApi.SyncAsync(client, printerId);
        var printerFile = (await FilesApi.ListAsync(client, $"printerId={printerId}&search=Benchy")).Single();
        await FilesApi.DownloadAndWaitAsync(client, printerFile.Id());

        var keep = printerFile.GetProperty("sizeBytes").GetInt64();
        var dry = await client.PostAsJsonAsync("/api/v1/files/cleanup", new { maxTotalBytes = keep, dryRun = true });
        var dryResult = await dry.Content.ReadFromJsonAsync<JsonElement>();

        dryResult.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        dryResult.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should().Equal(ids[0], ids[1], ids[2]);
        FilesApi.LibraryFiles(factory).Should().HaveCount(4, "a dry run deletes nothing");

        var real = await (await client.PostAsJsonAsync("/api/v1/files/cleanup", new { maxTotalBytes = keep, dryRun = false })).Content.ReadFromJsonAsync<JsonElement>();

        real.GetProperty("deletedCount").GetInt32().Should().Be(3);
        real.GetProperty("freedBytes").GetInt64().Should().Be(30_000);
        FilesApi.LibraryFiles(factory).Should().ContainSingle();
        await (await client.GetAsync($"/api/v1/files/{ids[0]}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var all = await (await client.PostAsJsonAsync("/api/v1/files/cleanup", new { olderThanDays = 0 })).Content.ReadFromJsonAsync<JsonElement>();
        all.GetProperty("deletedCount").GetInt32().Should().Be(1);
        (await FilesApi.GetAsync(client, printerFile.Id())).Status().Should().Be("available", "only the local copy went; the file is still on the printer");
        await (await client.PostAsJsonAsync("/api/v1/files/cleanup", new { dryRun = true })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Statistics_WhenFilesInSeveralStates_CountsByStatusAndPrinter()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        await FilesApi.SyncAsync(client, printerId);
        var benchy = (await FilesApi.ListAsync(client, $"printerId={printerId}&search=Benchy")).Single();
        await FilesApi.DownloadAndWaitAsync(client, benchy.Id());
        await client.PostAsync("/api/v1/files", Upload("x.gcode", new byte[1234]));

        var stats = await client.GetFromJsonAsync<JsonElement>("/api/v1/files/statistics");

        stats.GetProperty("totalCount").GetInt64().Should().Be(SimulatedFileStore.SampleNames.Length + 1);
        stats.GetProperty("localCount").GetInt64().Should().Be(2);
        stats.GetProperty("localBytes").GetInt64().Should().Be(benchy.GetProperty("sizeBytes").GetInt64() + 1234);
        var byStatus = stats.GetProperty("byStatus").EnumerateArray().ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("count").GetInt64());
        byStatus.Should().Equal(new Dictionary<string, long> { ["available"] = SimulatedFileStore.SampleNames.Length - 1, ["downloaded"] = 1, ["local"] = 1 });
        var printer = stats.GetProperty("byPrinter").EnumerateArray().Single(p => p.GetProperty("printerId").GetString() == printerId);
        printer.GetProperty("printerName").GetString().Should().Be("Sim A1");
        printer.GetProperty("count").GetInt64().Should().Be(SimulatedFileStore.SampleNames.Length);
        printer.GetProperty("downloaded").GetInt64().Should().Be(1);
        stats.GetProperty("downloads").GetProperty("completed").GetInt64().Should().Be(1);
        stats.GetProperty("downloads").GetProperty("failed").GetInt64().Should().Be(0);
    }

    [Test]
    public async Task Delete_WhenScopeLocalOrPrinter_RemovesTheRightCopy()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        await FilesApi.SyncAsync(client, printerId);
        var files = await FilesApi.ListAsync(client, $"printerId={printerId}&type=gcode&sort=name");
        await FilesApi.DownloadAndWaitAsync(client, files[0].Id());
        var store = factory.Services.GetRequiredService<SimulatedFileStore>();

        (await client.DeleteAsync($"/api/v1/files/{files[0].Id()}?scope=local")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await FilesApi.GetAsync(client, files[0].Id())).Status().Should().Be("available");
        FilesApi.LibraryFiles(factory).Should().BeEmpty();
        await (await client.DeleteAsync($"/api/v1/files/{files[0].Id()}?scope=local")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await client.DeleteAsync($"/api/v1/files/{files[1].Id()}?scope=printer")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        store.Find(Guid.Parse(printerId), files[1].GetProperty("path").GetString()!).Should().BeNull();
        await (await client.GetAsync($"/api/v1/files/{files[1].Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await client.DeleteAsync($"/api/v1/files/{files[0].Id()}?scope=everything")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.DeleteAsync($"/api/v1/files/{Guid.NewGuid()}?scope=local")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Errors_WhenUnknownIdsOrNoLocalCopy_ReturnProblemJson()
    {
        var (factory, client, printerId) = await StartAsync();
        using var _ = factory;
        using var __ = client;
        await FilesApi.SyncAsync(client, printerId);
        var available = (await FilesApi.ListAsync(client, $"printerId={printerId}")).First();
        var unknown = Guid.NewGuid();

        await (await client.GetAsync($"/api/v1/files/{unknown}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/files/{unknown}/content")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/v1/files/{unknown}/download", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await client.GetAsync($"/api/v1/files/{available.Id()}/content")).ShouldBeProblemAsync(HttpStatusCode.NotFound))
            .GetProperty("detail").GetString().Should().Contain("no local copy");
        (await (await client.GetAsync($"/api/v1/files/{available.Id()}/thumbnail")).ShouldBeProblemAsync(HttpStatusCode.NotFound))
            .GetProperty("detail").GetString().Should().Contain("no thumbnail");
        await (await client.PostAsync($"/api/v1/files/sync?printerId={unknown}", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/v1/printers/{unknown}/download-current-job", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/v1/printers/{printerId}/download-current-job", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using var reader = await factory.CreateApiKeyClientAsync("read");
        await (await reader.PostAsync("/api/v1/files/sync", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/v1/files")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
