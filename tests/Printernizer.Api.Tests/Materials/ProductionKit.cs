using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Monitoring.Commands.RecordPrinterStatus;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Realtime;

namespace Printernizer.Api.Tests.Materials;

/// <summary>
/// Drives the real host like a printer driver would: statuses go through <see cref="RecordPrinterStatusCommand"/> via the real
/// DI and mediator, so job tracking, the PrintJobEnded notification and the consumption booking all run for real.
/// </summary>
internal static class ProductionKit
{
    public static readonly LoadedMaterial[] BambuAms =
    [
        new("ams0-tray0", "PLA", "#FFFFFFFF", false),
        new("ams0-tray2", "PETG", "#000000FF", true),
        new("external", "PLA", "#FF0000FF", false),
    ];

    public static readonly LoadedMaterial[] PrusaExtruder = [new("extruder", "PETG", null, true)];

    /// <summary>A printer the connection manager leaves alone (inactive), so only the test reports its status.</summary>
    public static async Task<string> AddPrinterAsync(HttpClient client, string name)
    {
        var response = await client.PostAsJsonAsync("/api/v1/printers", new { name, kind = "simulated", isActive = false });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> AddMaterialAsync(HttpClient client, string type = "PETG", decimal? lowStockGrams = null, string brand = "Prusament")
    {
        var response = await client.PostAsJsonAsync("/api/v1/materials", new { type, brand, colorHex = "#000000", pricePerKg = 29.99m, densityGcm3 = 1.27m, lowStockGrams });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> AddSpoolAsync(HttpClient client, string materialId, decimal grams = 1000m)
    {
        var response = await client.PostAsJsonAsync("/api/v1/spools", new { materialId, initialGrams = grams, lot = "L-1", location = "Regal 1" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task LoadAsync(HttpClient client, string spoolId, string printerId, string slotId) =>
        (await client.PostAsJsonAsync($"/api/v1/spools/{spoolId}/load", new { printerId, slotId })).EnsureSuccessStatusCode();

    public static async Task ReportAsync(PrinternizerFactory factory, string printerId, PrinterStatusReport report)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordPrinterStatusCommand(Guid.Parse(printerId), report));
    }

    public static PrinterStatusReport Printing(string identity, IReadOnlyList<LoadedMaterial> loaded, decimal progress = 40m) => new()
    {
        State = PrinterState.Printing,
        JobIdentity = identity,
        JobName = "Halterung " + identity,
        FileName = "halterung.gcode",
        ProgressPercent = progress,
        RemainingSeconds = 600,
        LoadedMaterials = loaded,
    };

    public static PrinterStatusReport Finished(string identity, IReadOnlyList<LoadedMaterial> loaded) => new()
    {
        State = PrinterState.Finished,
        JobIdentity = identity,
        JobName = "Halterung " + identity,
        FileName = "halterung.gcode",
        ProgressPercent = 100m,
        RemainingSeconds = 0,
        LoadedMaterials = loaded,
    };

    /// <summary>Starts a job, enters the material used by hand (optionally the spool), and returns the open job's id.</summary>
    public static async Task<string> StartJobAsync(PrinternizerFactory factory, HttpClient client, string printerId, string identity, IReadOnlyList<LoadedMaterial> loaded, decimal? usedGrams, string? spoolId = null)
    {
        await ReportAsync(factory, printerId, Printing(identity, loaded));
        var jobs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printerId}&status=printing");
        var jobId = jobs.GetProperty("items")[0].GetProperty("id").GetString()!;
        if (usedGrams is not null || spoolId is not null)
        {
            (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { materialUsedGrams = usedGrams, spoolId, reason = "Spule gewogen" })).EnsureSuccessStatusCode();
        }

        return jobId;
    }

    public static async Task<JsonElement> SpoolAsync(HttpClient client, string spoolId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/spools/{spoolId}");

    public static async Task<JsonElement[]> ConsumptionsAsync(HttpClient client, string spoolId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/spools/{spoolId}/consumptions")).EnumerateArray().ToArray();

    /// <summary>Replays the realtime buffer and returns the data of every event with that name.</summary>
    public static async Task<List<JsonElement>> PublishedAsync(PrinternizerFactory factory, string eventName)
    {
        using var subscription = factory.Services.GetRequiredService<RealtimeEventHub>().Subscribe(0);
        var found = new List<JsonElement>();
        while (await subscription.ReadAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None) is { } evt)
        {
            if (evt.Name == eventName)
            {
                found.Add(JsonDocument.Parse(evt.Data).RootElement.Clone());
            }
        }

        return found;
    }
}
