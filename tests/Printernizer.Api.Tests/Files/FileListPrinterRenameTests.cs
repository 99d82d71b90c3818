using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Files;

/// <summary>Renaming a printer shows at once in the combined list: the printer name column and the sort by printer.</summary>
public sealed class FileListPrinterRenameTests
{
    [Test]
    public async Task List_WhenPrinterIsRenamed_ShowsAndSortsByTheNewName()
    {
        using var factory = new PrinternizerFactory(settings: FilesApi.Settings());
        using var client = await factory.CreateAdminClientAsync();
        var alpha = await FilesApi.CreatePrinterAsync(client, new { name = "Alpha", kind = "simulated", isActive = false });
        var beta = await FilesApi.CreatePrinterAsync(client, new { name = "Beta", kind = "simulated", isActive = false });
        await FilesApi.SyncAsync(client, alpha);
        await FilesApi.SyncAsync(client, beta);
        var before = await FilesApi.ListAsync(client, "sort=printerName&pageSize=100");
        before.Select(PrinterName).Distinct().Should().Equal("Alpha", "Beta");

        (await client.PutAsJsonAsync($"/api/v1/printers/{alpha}", new { name = "Zulu", kind = "simulated", isActive = false })).EnsureSuccessStatusCode();

        var after = await FilesApi.ListAsync(client, "sort=printerName&pageSize=100");
        after.Select(PrinterName).Distinct().Should().Equal("Beta", "Zulu");
        after.Where(f => f.GetProperty("printerId").GetString() == alpha).Should().OnlyContain(f => PrinterName(f) == "Zulu").And.HaveCount(before.Count / 2);
        (await FilesApi.ListAsync(client, "sort=-printerName&pageSize=1")).Single().GetProperty("printerId").GetString().Should().Be(alpha);
        (await FilesApi.ListAsync(client, "search=zulu")).Should().BeEmpty("the search covers file names and paths, not printer names");
    }

    private static string? PrinterName(JsonElement file) => file.GetProperty("printerName").GetString();
}
