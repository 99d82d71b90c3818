using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Application.Monitoring;

namespace Printernizer.Api.Tests.Materials;

/// <summary>Jobs book their material when they end, through the real status → job tracking → PrintJobEnded path.</summary>
public sealed class ConsumptionBookingTests
{
    [Test]
    public async Task JobEnd_OnBambuWithAmsTrayActive_BooksAgainstTheSpoolLoadedInThatTray()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printer = await ProductionKit.AddPrinterAsync(client, "A1");
        var material = await ProductionKit.AddMaterialAsync(client);
        var whiteInTray0 = await ProductionKit.AddSpoolAsync(client, material);
        var blackInTray2 = await ProductionKit.AddSpoolAsync(client, material);
        await ProductionKit.LoadAsync(client, whiteInTray0, printer, "ams0-tray0");
        await ProductionKit.LoadAsync(client, blackInTray2, printer, "ams0-tray2");
        var jobId = await ProductionKit.StartJobAsync(factory, client, printer, "task-1", ProductionKit.BambuAms, usedGrams: 38.25m);
        (await ProductionKit.ConsumptionsAsync(client, blackInTray2)).Should().BeEmpty("nothing is booked while the job runs");

        await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("task-1", ProductionKit.BambuAms));

        var booked = await ProductionKit.SpoolAsync(client, blackInTray2);
        booked.GetProperty("remainingGrams").GetDecimal().Should().Be(961.75m);
        (await ProductionKit.SpoolAsync(client, whiteInTray0)).GetProperty("remainingGrams").GetDecimal().Should().Be(1000m);
        var rows = await ProductionKit.ConsumptionsAsync(client, blackInTray2);
        rows.Should().ContainSingle();
        rows[0].GetProperty("kind").GetString().Should().Be("booking");
        rows[0].GetProperty("jobId").GetString().Should().Be(jobId);
        rows[0].GetProperty("grams").GetDecimal().Should().Be(38.25m);
        rows[0].GetProperty("remainingAfterGrams").GetDecimal().Should().Be(961.75m);
        var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}");
        job.GetProperty("job").GetProperty("status").GetString().Should().Be("completed");
        job.GetProperty("job").GetProperty("spoolId").GetString().Should().Be(blackInTray2, "the matched spool is recorded on the job");
        var status = factory.Services.GetRequiredService<IPrinterStatusStore>().Get(Guid.Parse(printer));
        status!.LoadedMaterials.Select(m => m.SlotId).Should().Contain("ams0-tray2", "the live status keeps the last loaded materials");
    }

    [Test]
    public async Task JobEnd_OnPrusaWithLoadedExtruderSpool_BooksAgainstIt()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printer = await ProductionKit.AddPrinterAsync(client, "Core One");
        var material = await ProductionKit.AddMaterialAsync(client);
        var spool = await ProductionKit.AddSpoolAsync(client, material, 750m);
        await ProductionKit.LoadAsync(client, spool, printer, "extruder");
        await ProductionKit.StartJobAsync(factory, client, printer, "4711", ProductionKit.PrusaExtruder, usedGrams: 12.5m);

        await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("4711", ProductionKit.PrusaExtruder));

        (await ProductionKit.SpoolAsync(client, spool)).GetProperty("remainingGrams").GetDecimal().Should().Be(737.5m);
    }

    [Test]
    public async Task JobEnd_WithSpoolChosenOnTheJob_BooksThatSpoolEvenIfAnotherIsLoaded()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printer = await ProductionKit.AddPrinterAsync(client, "A1");
        var material = await ProductionKit.AddMaterialAsync(client);
        var loaded = await ProductionKit.AddSpoolAsync(client, material);
        var chosen = await ProductionKit.AddSpoolAsync(client, material);
        await ProductionKit.LoadAsync(client, loaded, printer, "ams0-tray2");
        await ProductionKit.StartJobAsync(factory, client, printer, "task-9", ProductionKit.BambuAms, usedGrams: 10m, spoolId: chosen);

        await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("task-9", ProductionKit.BambuAms));

        (await ProductionKit.SpoolAsync(client, chosen)).GetProperty("remainingGrams").GetDecimal().Should().Be(990m);
        (await ProductionKit.SpoolAsync(client, loaded)).GetProperty("remainingGrams").GetDecimal().Should().Be(1000m);
    }

    [Test]
    public async Task PatchMaterialUsed_AfterTheJobEnded_BooksTheDifferenceAsACorrection_AndMovingTheSpoolMovesTheBooking()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printer = await ProductionKit.AddPrinterAsync(client, "Core One");
        var material = await ProductionKit.AddMaterialAsync(client);
        var spool = await ProductionKit.AddSpoolAsync(client, material);
        var other = await ProductionKit.AddSpoolAsync(client, material);
        await ProductionKit.LoadAsync(client, spool, printer, "extruder");
        var jobId = await ProductionKit.StartJobAsync(factory, client, printer, "77", ProductionKit.PrusaExtruder, usedGrams: 30m);
        await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("77", ProductionKit.PrusaExtruder));

        (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { materialUsedGrams = 42.4m, reason = "Spule gewogen" })).EnsureSuccessStatusCode();

        var rows = await ProductionKit.ConsumptionsAsync(client, spool);
        rows.Select(r => r.GetProperty("kind").GetString()).Should().Equal("booking", "correction");
        rows.Select(r => r.GetProperty("grams").GetDecimal()).Should().Equal(30m, 12.4m);
        rows[1].GetProperty("actor").GetString().Should().Be("admin");
        (await ProductionKit.SpoolAsync(client, spool)).GetProperty("remainingGrams").GetDecimal().Should().Be(957.6m);

        (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { spoolId = other, reason = "Falsche Spule gebucht" })).EnsureSuccessStatusCode();

        (await ProductionKit.SpoolAsync(client, spool)).GetProperty("remainingGrams").GetDecimal().Should().Be(1000m);
        (await ProductionKit.SpoolAsync(client, other)).GetProperty("remainingGrams").GetDecimal().Should().Be(957.6m);
        (await ProductionKit.ConsumptionsAsync(client, spool)).Select(r => r.GetProperty("grams").GetDecimal()).Should().Equal(30m, 12.4m, -42.4m);
        (await ProductionKit.ConsumptionsAsync(client, other)).Should().ContainSingle().Which.GetProperty("kind").GetString().Should().Be("correction");

        // Same value again: nothing new to book.
        (await client.PatchAsJsonAsync($"/api/v1/jobs/{jobId}", new { materialUsedGrams = 42.4m, notes = "gewogen", reason = "Nachgewogen" })).EnsureSuccessStatusCode();
        (await ProductionKit.ConsumptionsAsync(client, other)).Should().ContainSingle();
    }

    [Test]
    public async Task TwoJobsEndingAtOnce_OnTheSameSpool_AreBothBooked()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var material = await ProductionKit.AddMaterialAsync(client);
        var spool = await ProductionKit.AddSpoolAsync(client, material, 1000m);
        var printers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var printer = await ProductionKit.AddPrinterAsync(client, "Farm " + i);
            await ProductionKit.StartJobAsync(factory, client, printer, "job-" + i, ProductionKit.PrusaExtruder, usedGrams: 10m + i, spoolId: spool);
            printers.Add(printer);
        }

        await Task.WhenAll(printers.Select((p, i) => Task.Run(() => ProductionKit.ReportAsync(factory, p, ProductionKit.Finished("job-" + i, ProductionKit.PrusaExtruder)))));

        (await ProductionKit.SpoolAsync(client, spool)).GetProperty("remainingGrams").GetDecimal().Should().Be(1000m - 10m - 11m - 12m - 13m);
        (await ProductionKit.ConsumptionsAsync(client, spool)).Should().HaveCount(4).And.OnlyContain(r => r.GetProperty("kind").GetString() == "booking");
    }

    [Test]
    public async Task Booking_BelowZero_FlagsNeedsRecountAndRaisesAnEvent_AndARecountClearsIt()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printer = await ProductionKit.AddPrinterAsync(client, "Core One");
        var material = await ProductionKit.AddMaterialAsync(client);
        var spool = await ProductionKit.AddSpoolAsync(client, material, 20m);
        await ProductionKit.LoadAsync(client, spool, printer, "extruder");
        await ProductionKit.StartJobAsync(factory, client, printer, "big", ProductionKit.PrusaExtruder, usedGrams: 35m);

        await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("big", ProductionKit.PrusaExtruder));

        var flagged = await ProductionKit.SpoolAsync(client, spool);
        flagged.GetProperty("remainingGrams").GetDecimal().Should().Be(0m, "stock never goes negative");
        flagged.GetProperty("needsRecount").GetBoolean().Should().BeTrue();
        (await ProductionKit.ConsumptionsAsync(client, spool)).Single().GetProperty("grams").GetDecimal().Should().Be(35m, "the booking keeps what the job used");
        (await ProductionKit.PublishedAsync(factory, "spool.needs_recount")).Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be(spool);

        var recount = await client.PutAsJsonAsync($"/api/v1/spools/{spool}", new { initialGrams = 20m, remainingGrams = 4m, lot = "L-1" });

        recount.StatusCode.Should().Be(HttpStatusCode.OK);
        var after = await recount.Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("needsRecount").GetBoolean().Should().BeFalse();
        after.GetProperty("remainingGrams").GetDecimal().Should().Be(4m);
        (await ProductionKit.ConsumptionsAsync(client, spool)).Last().GetProperty("kind").GetString().Should().Be("adjustment");
    }

    [Test]
    public async Task Booking_ThatTakesMaterialStockBelowItsThreshold_RaisesLowStockOnce_AndShowsOnTheDashboardList()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printer = await ProductionKit.AddPrinterAsync(client, "Core One");
        var material = await ProductionKit.AddMaterialAsync(client, lowStockGrams: 500m);
        var spool = await ProductionKit.AddSpoolAsync(client, material, 600m);
        await ProductionKit.LoadAsync(client, spool, printer, "extruder");
        (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/materials/low-stock")).Should().BeEmpty();

        for (var i = 0; i < 2; i++)
        {
            await ProductionKit.StartJobAsync(factory, client, printer, "part-" + i, ProductionKit.PrusaExtruder, usedGrams: 75m);
            await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("part-" + i, ProductionKit.PrusaExtruder));
        }

        var low = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/materials/low-stock");
        low!.Should().ContainSingle().Which.GetProperty("stockGrams").GetDecimal().Should().Be(450m);
        var events = await ProductionKit.PublishedAsync(factory, "material.low_stock");
        events.Should().ContainSingle("only the booking that crossed the threshold warns").Which.GetProperty("id").GetString().Should().Be(material);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/spools?lowStock=true")).GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task JobEnd_WithoutAnyLoadedOrChosenSpool_BooksNothing()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printer = await ProductionKit.AddPrinterAsync(client, "A1");
        var material = await ProductionKit.AddMaterialAsync(client);
        var shelf = await ProductionKit.AddSpoolAsync(client, material);
        await ProductionKit.StartJobAsync(factory, client, printer, "x", ProductionKit.BambuAms, usedGrams: 10m);

        await ProductionKit.ReportAsync(factory, printer, ProductionKit.Finished("x", ProductionKit.BambuAms));

        (await ProductionKit.ConsumptionsAsync(client, shelf)).Should().BeEmpty();
        var jobs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printer}");
        jobs.GetProperty("items")[0].GetProperty("status").GetString().Should().Be("completed");
    }
}
