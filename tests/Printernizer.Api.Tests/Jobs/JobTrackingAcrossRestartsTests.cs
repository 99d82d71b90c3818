using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Jobs.Commands.DetectInterruptedJobs;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.Jobs;

/// <summary>
/// Job tracking against a real PrusaLink simulator over HTTP, across real server restarts on the same data folder:
/// the same job continues (no duplicate), a job that ended while Printernizer was down is closed with an estimated
/// end time, and a printer that vanishes mid-job leaves the job interrupted.
/// </summary>
public sealed class JobTrackingAcrossRestartsTests
{
    private static Dictionary<string, string?> FastPolling(string outage = "00:00:02", string interruptAfter = "00:30:00") => new()
    {
        ["Printernizer:Prusa:IdleInterval"] = "00:00:00.2",
        ["Printernizer:Prusa:ActiveJobInterval"] = "00:00:00.2",
        ["Printernizer:Prusa:FastInterval"] = "00:00:00.2",
        ["Printernizer:Prusa:ReadLoadedMaterial"] = "false",
        ["Printernizer:JobTracking:OutageThreshold"] = outage,
        ["Printernizer:JobTracking:InterruptAfter"] = interruptAfter,
        ["Printernizer:Connections:InitialBackoff"] = "00:00:00.2",
        ["Printernizer:Connections:MaxBackoff"] = "00:00:01",
    };

    private static async Task<string> AddPrusaAsync(HttpClient client, PrusaLinkSimulator sim)
    {
        var response = await client.PostAsJsonAsync("/api/v1/printers", new
        {
            name = "Core One", kind = "prusa", host = "127.0.0.1", httpPort = sim.Printer.Port, apiKey = sim.Printer.ApiKey,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Task<JsonElement> JobsAsync(HttpClient client) => client.GetFromJsonAsync<JsonElement>("/api/v1/jobs");

    [Test]
    public async Task Restart_WhenPrinterKeepsPrinting_ContinuesTheSameJobWithoutDuplicate()
    {
        await using var sim = await PrusaLinkSimulator.StartNewAsync();
        sim.Printer.StartJob("Halterung v3 (Kunde Müller).bgcode", progress: 10, timeRemaining: 3000, timePrinting: 120);
        string folder;
        using (var first = new PrinternizerFactory(settings: FastPolling()) { OwnsDataFolder = false })
        {
            folder = first.DataFolder;
            using var client = await first.CreateAdminClientAsync();
            await AddPrusaAsync(client, sim);
            await Eventually.GetAsync(() => JobsAsync(client), j => j.GetProperty("totalCount").GetInt32() == 1, "the job to start");
        }

        sim.Printer.JobProgress = 50;
        using var second = new PrinternizerFactory(folder, FastPolling()) { OwnsDataFolder = true };
        using var again = await second.CreateAdminClientAsync();
        var resumed = await Eventually.GetAsync(() => JobsAsync(again), j => j.GetProperty("items")[0].GetProperty("progressPercent").GetDecimal() >= 50, "progress after the restart");
        resumed.GetProperty("totalCount").GetInt32().Should().Be(1, "the same job identity continues the open job");

        sim.Printer.FinishJob();

        var done = await Eventually.GetAsync(() => JobsAsync(again), j => j.GetProperty("items")[0].GetProperty("status").GetString() == "completed", "completion");
        done.GetProperty("totalCount").GetInt32().Should().Be(1);
        var job = done.GetProperty("items")[0];
        job.GetProperty("name").GetString().Should().Be("Halterung v3 (Kunde Müller)", "the long display name, not the 8.3 name");
        job.GetProperty("endTimeEstimated").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Restart_WhenTheJobEndedWhileDown_ClosesItWithAnEstimatedEndTime()
    {
        await using var sim = await PrusaLinkSimulator.StartNewAsync();
        sim.Printer.StartJob("Gehaeuse.bgcode", progress: 80, timeRemaining: 600, timePrinting: 2400);
        string folder;
        DateTimeOffset lastSeen;
        using (var first = new PrinternizerFactory(settings: FastPolling()) { OwnsDataFolder = false })
        {
            folder = first.DataFolder;
            using var client = await first.CreateAdminClientAsync();
            await AddPrusaAsync(client, sim);
            await Eventually.GetAsync(() => JobsAsync(client), j => j.GetProperty("totalCount").GetInt32() == 1, "the job to start");
            lastSeen = DateTimeOffset.UtcNow;
        }

        sim.Printer.FinishJob();
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // Printernizer stays down longer than the outage threshold
        using var second = new PrinternizerFactory(folder, FastPolling()) { OwnsDataFolder = true };
        using var again = await second.CreateAdminClientAsync();

        var done = await Eventually.GetAsync(() => JobsAsync(again), j => j.GetProperty("items")[0].GetProperty("status").GetString() == "completed", "the closed job");

        var job = done.GetProperty("items")[0];
        done.GetProperty("totalCount").GetInt32().Should().Be(1);
        job.GetProperty("endTimeEstimated").GetBoolean().Should().BeTrue();
        job.GetProperty("endedAt").GetDateTimeOffset().Should().BeBefore(DateTimeOffset.UtcNow).And.BeOnOrAfter(lastSeen.AddSeconds(-30));
    }

    [Test]
    public async Task PrinterVanishingMidJob_LongerThanConfigured_MarksTheJobInterrupted()
    {
        await using var sim = await PrusaLinkSimulator.StartNewAsync();
        sim.Printer.StartJob("Zahnrad.bgcode", progress: 30, timeRemaining: 2000, timePrinting: 900);
        using var factory = new PrinternizerFactory(settings: FastPolling(interruptAfter: "00:00:01"));
        using var client = await factory.CreateAdminClientAsync();
        var printerId = await AddPrusaAsync(client, sim);
        await Eventually.GetAsync(() => JobsAsync(client), j => j.GetProperty("totalCount").GetInt32() == 1, "the job to start");

        await sim.StopAsync();
        var offline = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{printerId}/status"),
            s => s.GetProperty("state").GetString() == "offline", "the printer to go offline");
        offline.GetProperty("offlineReason").GetString().Should().NotBeNullOrEmpty();

        var interrupted = await Eventually.GetAsync(
            async () =>
            {
                using var scope = factory.Services.CreateScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DetectInterruptedJobsCommand());
                return await JobsAsync(client);
            },
            j => j.GetProperty("items")[0].GetProperty("status").GetString() == "interrupted",
            "the job to be interrupted");

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{interrupted.GetProperty("items")[0].GetProperty("id").GetString()}");
        detail.GetProperty("events").EnumerateArray().Last().GetProperty("detail").GetString().Should().Contain("unreachable");
    }
}
