using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Files;

/// <summary>Files and the rest of the system: job ends trigger a sync, the current job's file, downloads across restarts.</summary>
public sealed class FileLifecycleTests
{
    private static Dictionary<string, string?> FastSimulation(string minPrint, string maxPrint, params (string, string)[] files)
    {
        var settings = FilesApi.Settings(files);
        settings["Printernizer:Simulation:Speed"] = "200";
        settings["Printernizer:Simulation:TickInterval"] = "00:00:00.05";
        settings["Printernizer:Simulation:MinPrint"] = minPrint;
        settings["Printernizer:Simulation:MaxPrint"] = maxPrint;
        settings["Printernizer:Simulation:MinIdle"] = "00:00:10";
        settings["Printernizer:Simulation:MaxIdle"] = "00:00:20";
        settings["Printernizer:Simulation:Heating"] = "00:00:20";
        settings["Printernizer:Simulation:EndStateHold"] = "00:00:10";
        settings["Printernizer:Simulation:PauseProbability"] = "0";
        settings["Printernizer:Simulation:FailureProbability"] = "0";
        settings["Printernizer:Simulation:CancelProbability"] = "0";
        settings["Printernizer:Simulation:Seed"] = "11";
        return settings;
    }

    [Test]
    public async Task JobEnd_WhenSimulatedPrintFinishes_SyncsThePrintersFilesWithoutBeingAsked()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation("00:01:00", "00:01:30"));
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await FilesApi.CreatePrinterAsync(client, new { name = "Sim A1", kind = "simulated" });

        await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printerId}&status=completed"),
            j => j.GetProperty("totalCount").GetInt32() >= 1,
            "a completed job");
        var files = await Eventually.GetAsync(
            () => FilesApi.ListAsync(client, $"printerId={printerId}"),
            f => f.Count > 0,
            "the files synced after the job ended");

        files.Should().OnlyContain(f => f.Status() == "available");
    }

    [Test]
    public async Task ScheduledSync_WhenFirstRunIsDue_ListsEveryActivePrintersFiles()
    {
        var settings = FilesApi.Settings();
        settings["Printernizer:Files:InitialSyncDelaySeconds"] = "8"; // after the printers below exist
        settings["Printernizer:Files:SyncIntervalMinutes"] = "1";
        using var factory = new PrinternizerFactory(settings: settings);
        using var client = await factory.CreateAdminClientAsync();
        var active = await FilesApi.CreatePrinterAsync(client, new { name = "Sim aktiv", kind = "simulated" });
        var inactive = await FilesApi.CreatePrinterAsync(client, new { name = "Sim aus", kind = "simulated", isActive = false });

        var files = await Eventually.GetAsync(
            () => FilesApi.ListAsync(client, $"printerId={active}"),
            f => f.Count > 0,
            "the scheduled sync (Quartz) to list the active printer",
            timeoutSeconds: 90); // the next run (1 minute later) also counts if the host was slow to create the printers

        files.Should().OnlyContain(f => f.Status() == "available");
        (await FilesApi.ListAsync(client, $"printerId={inactive}")).Should().BeEmpty("inactive printers are not polled");
    }

    [Test]
    public async Task DownloadCurrentJob_WhenPrinterPrints_DownloadsTheJobsFile()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation("02:00:00", "03:00:00"));
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await FilesApi.CreatePrinterAsync(client, new { name = "Sim Core One", kind = "simulated" });
        var job = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printerId}&status=printing"),
            j => j.GetProperty("totalCount").GetInt32() == 1,
            "a running job");
        var fileName = job.GetProperty("items")[0].GetProperty("fileName").GetString();

        var response = await client.PostAsync($"/api/v1/printers/{printerId}/download-current-job", null);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, text);
        var file = JsonDocument.Parse(text).RootElement;
        file.Name().Should().Be(fileName);
        (await FilesApi.WaitForStatusAsync(client, file.Id(), "downloaded")).GetProperty("sha256").GetString().Should().HaveLength(64);
        var cleanup = await (await client.PostAsJsonAsync("/api/v1/files/cleanup", new { maxTotalBytes = 0, dryRun = true })).Content.ReadFromJsonAsync<JsonElement>();
        cleanup.GetProperty("deletedCount").GetInt32().Should().Be(0, "a file an open job prints is never cleaned up");
        await (await client.DeleteAsync($"/api/v1/files/{file.Id()}?scope=local")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Restart_WhenDownloadWasRunning_ResumesItAndLeavesNoPartialFile()
    {
        string folder;
        string fileId;
        // A very low bandwidth limit keeps the first download running until the host stops.
        using (var first = new PrinternizerFactory(settings: FilesApi.Settings(("DownloadBytesPerSecondLimit", "2000"))))
        {
            first.OwnsDataFolder = false;
            folder = first.DataFolder;
            using var client = await first.CreateAdminClientAsync();
            var printerId = await FilesApi.CreatePrinterAsync(client, new { name = "Sim A1", kind = "simulated", isActive = false });
            await FilesApi.SyncAsync(client, printerId);
            fileId = (await FilesApi.ListAsync(client, $"printerId={printerId}&search=Benchy")).Single().Id();
            (await client.PostAsync($"/api/v1/files/{fileId}/download", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
            await Eventually.GetAsync(() => Task.FromResult(FilesApi.LibraryFiles(first)), f => f.Count == 1, "the partial download to exist");
        }

        using var second = new PrinternizerFactory(folder, FilesApi.Settings()) { OwnsDataFolder = true };
        using var again = await second.CreateAdminClientAsync();

        var done = await FilesApi.WaitForStatusAsync(again, fileId, "downloaded");

        (await FilesApi.ContentSha256Async(again, fileId)).Should().Be(done.GetProperty("sha256").GetString());
        FilesApi.LibraryFiles(second).Should().ContainSingle().Which.Should().NotContain(".partial");
    }
}
