using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Jobs;

/// <summary>Simulated printers through the real host: connection manager, job tracking, SQLite, SSE.</summary>
public sealed class LiveJobsTests
{
    private static Dictionary<string, string?> FastSimulation(string minPrint = "00:01:00", string maxPrint = "00:01:30") => new()
    {
        ["Printernizer:Simulation:Speed"] = "200",
        ["Printernizer:Simulation:TickInterval"] = "00:00:00.05",
        ["Printernizer:Simulation:MinPrint"] = minPrint,
        ["Printernizer:Simulation:MaxPrint"] = maxPrint,
        ["Printernizer:Simulation:MinIdle"] = "00:00:10",
        ["Printernizer:Simulation:MaxIdle"] = "00:00:20",
        ["Printernizer:Simulation:Heating"] = "00:00:20",
        ["Printernizer:Simulation:EndStateHold"] = "00:00:10",
        ["Printernizer:Simulation:PauseProbability"] = "0",
        ["Printernizer:Simulation:FailureProbability"] = "0",
        ["Printernizer:Simulation:CancelProbability"] = "0",
        ["Printernizer:Simulation:Seed"] = "7",
    };

    private static async Task<string> AddSimulatedPrinterAsync(HttpClient client, string name = "Sim A1")
    {
        var response = await client.PostAsJsonAsync("/api/v1/printers", new { name, kind = "simulated" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{id}/status");

    [Test]
    public async Task SimulatedPrinter_WhenAPrintFinishes_RecordsExactlyOneCompletedJobWithTimeline()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddSimulatedPrinterAsync(client);

        var jobs = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printerId}&status=completed"),
            j => j.GetProperty("totalCount").GetInt32() >= 1,
            "a completed job");

        var job = jobs.GetProperty("items")[0];
        job.GetProperty("printerName").GetString().Should().Be("Sim A1");
        job.GetProperty("progressPercent").GetDecimal().Should().Be(100);
        job.GetProperty("endedAt").GetString().Should().EndWith("Z");
        job.GetProperty("fileName").GetString().Should().NotBeNullOrEmpty();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job.GetProperty("id").GetString()}");
        detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Should().StartWith("started").And.EndWith("completed");
        var all = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printerId}&pageSize=500");
        var identities = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("startedAt").GetString()).ToList();
        identities.Should().OnlyHaveUniqueItems("every print is recorded exactly once");
    }

    [Test]
    public async Task Control_WhenPrinting_PausesResumesAndStops_AndRejectsWhatTheStateDoesNotAllow()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation(minPrint: "10:00:00", maxPrint: "10:00:00"));
        using var client = await factory.CreateAdminClientAsync();
        var id = await AddSimulatedPrinterAsync(client);
        await Eventually.GetAsync(() => StatusAsync(client, id), s => s.GetProperty("state").GetString() == "printing", "printing");

        (await client.PostAsync($"/api/v1/printers/{id}/pause", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Eventually.GetAsync(() => StatusAsync(client, id), s => s.GetProperty("state").GetString() == "paused", "paused");
        await (await client.PostAsync($"/api/v1/printers/{id}/pause", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await client.PostAsync($"/api/v1/printers/{id}/resume", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Eventually.GetAsync(() => StatusAsync(client, id), s => s.GetProperty("state").GetString() == "printing", "printing again");

        (await client.PostAsync($"/api/v1/printers/{id}/stop", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var cancelled = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={id}&status=cancelled"),
            j => j.GetProperty("totalCount").GetInt32() == 1,
            "the cancelled job");
        cancelled.GetProperty("items")[0].GetProperty("pausedSeconds").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        await (await client.PostAsync($"/api/v1/printers/{id}/resume", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Control_WithReadOnlyKey_Returns403_AndUnknownPrinter404()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation());
        using var admin = await factory.CreateAdminClientAsync();
        var id = await AddSimulatedPrinterAsync(admin);
        using var reader = await factory.CreateApiKeyClientAsync("read");

        await (await reader.PostAsync($"/api/v1/printers/{id}/pause", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsync($"/api/v1/printers/{Guid.NewGuid()}/pause", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Control_WhenPrinterDeactivated_Returns503()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation());
        using var client = await factory.CreateAdminClientAsync();
        var id = await AddSimulatedPrinterAsync(client);
        (await client.PutAsJsonAsync($"/api/v1/printers/{id}", new { name = "Sim A1", kind = "simulated", isActive = false })).EnsureSuccessStatusCode();

        var status = await StatusAsync(client, id);

        status.GetProperty("state").GetString().Should().Be("offline");
        await (await client.PostAsync($"/api/v1/printers/{id}/pause", null)).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Test]
    public async Task PatchJob_WhenCategoryChanged_PersistsAndIsAudited()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation());
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddSimulatedPrinterAsync(client);
        var jobs = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printerId}"),
            j => j.GetProperty("totalCount").GetInt32() >= 1,
            "a job");
        var jobId = jobs.GetProperty("items")[0].GetProperty("id").GetString();

        var patched = await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { category = "business", notes = "Auftrag 2026-0042" });

        patched.StatusCode.Should().Be(HttpStatusCode.OK);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}");
        detail.GetProperty("job").GetProperty("category").GetString().Should().Be("business");
        detail.GetProperty("job").GetProperty("notes").GetString().Should().Be("Auftrag 2026-0042");
        detail.GetProperty("events").EnumerateArray().Should().Contain(e => e.GetProperty("kind").GetString() == "edited");
        var business = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?category=business&search=2026-0042");
        business.GetProperty("totalCount").GetInt32().Should().Be(1);
        await (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { category = "secret" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { materialUsedGrams = -5 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PatchAsJsonAsync($"/api/v1/jobs/{Guid.NewGuid()}", new { notes = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("pageSize=501")]
    [TestCase("page=0")]
    [TestCase("sort=password")]
    [TestCase("from=2026-11-02&to=2026-11-01")]
    [TestCase("status=done")]
    public async Task ListJobs_WhenParametersInvalid_Returns400(string query)
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();

        await (await client.GetAsync("/api/v1/jobs?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Events_WhenPrinterRuns_StreamsPrinterStatusAndJobUpdatesInOrder()
    {
        using var factory = new PrinternizerFactory(settings: FastSimulation());
        using var client = await factory.CreateAdminClientAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        await AddSimulatedPrinterAsync(client);

        var seen = new List<(long Id, string Name)>();
        long? current = null;
        while (!(seen.Any(e => e.Name == "printer.status") && seen.Any(e => e.Name == "job.updated")) &&
               await reader.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                current = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                seen.Add((current!.Value, line[7..]));
            }
        }

        seen.Select(e => e.Id).Should().BeInAscendingOrder();
        seen.Should().Contain(e => e.Name == "job.updated");
    }
}
