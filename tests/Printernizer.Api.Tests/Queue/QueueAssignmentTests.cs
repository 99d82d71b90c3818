using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Api.Tests.Queue;

/// <summary>Hard rules, auto-assignment and estimate learning through the API.</summary>
public sealed class QueueAssignmentTests
{
    private static Dictionary<string, string?> Settings() => new()
    {
        ["Printernizer:Simulation:AutoStartJobs"] = "false",
        ["Printernizer:Simulation:TickInterval"] = "00:00:00.05",
        ["Printernizer:Simulation:MinIdle"] = "10:00:00",
        ["Printernizer:Simulation:MaxIdle"] = "10:00:00",
    };

    private static async Task<string> AddPrinterAsync(HttpClient client, string name, string kind = "simulated", int? httpPort = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/printers", kind == "prusa"
            ? new { name, kind, host = "127.0.0.1", httpPort, apiKey = "k", isActive = false }
            : (object)new { name, kind });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Test]
    public async Task Assign_WhenTheFormatDoesNotSuitThePrinter_Returns422WithTheReason_AndMaterialMismatchBlocksDispatch()
    {
        using var factory = new PrinternizerFactory(settings: Settings());
        using var client = await factory.CreateAdminClientAsync();
        var sim = await AddPrinterAsync(client, "Sim");
        var stl = await QueueFlowTests.AddFileAsync(client, "Model.stl", "solid x\nendsolid x\n"u8.ToArray());
        var petg = await QueueFlowTests.AddFileAsync(client, "Box.gcode", QueueFlowTests.GCode(600, "PETG"));
        await Eventually.GetAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{sim}/status"), s => s.GetProperty("state").GetString() == "idle", "idle");

        var stlItem = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = stl })).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();
        var problem = await (await client.PostAsJsonAsync($"/api/v1/queue/{stlItem}/assign", new { printerId = sim })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString().Should().Contain("not sliced");

        var petgItem = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = petg })).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();
        (await client.PostAsJsonAsync($"/api/v1/queue/{petgItem}/assign", new { printerId = sim })).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/v1/printers/{sim}/plate-cleared", null)).EnsureSuccessStatusCode();
        var candidates = await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{petgItem}/candidates");
        candidates[0].GetProperty("eligible").GetBoolean().Should().BeFalse();
        candidates[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).Should().Contain(r => r!.Contains("PETG is not loaded", StringComparison.Ordinal));
        var refused = await (await client.PostAsync($"/api/v1/queue/{petgItem}/dispatch", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString().Should().Contain("PETG");
        refused.GetProperty("code").GetString().Should().Be("dispatch_blocked");
        refused.GetProperty("overridable").GetBoolean().Should().BeTrue();
        refused.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).Should().ContainSingle().Which.Should().Contain("PETG is not loaded");
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{petgItem}")).GetProperty("status").GetString().Should().Be("assigned");
    }

    [Test]
    public async Task Dispatch_WhenMaterialIsNotLoadedAndTheUserOverrides_StartsThePrint_AndAuditsTheProblemsAndReason()
    {
        using var factory = new PrinternizerFactory(settings: Settings());
        using var client = await factory.CreateAdminClientAsync();
        var sim = await AddPrinterAsync(client, "Sim");
        var petg = await QueueFlowTests.AddFileAsync(client, "Box.gcode", QueueFlowTests.GCode(600, "PETG"));
        await Eventually.GetAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{sim}/status"), s => s.GetProperty("state").GetString() == "idle", "idle");
        var item = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = petg })).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();
        (await client.PostAsJsonAsync($"/api/v1/queue/{item}/assign", new { printerId = sim })).EnsureSuccessStatusCode();

        var plate = await (await client.PostAsJsonAsync($"/api/v1/queue/{item}/dispatch", new { @override = true, reason = "ignored" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        plate.GetProperty("code").GetString().Should().Be("plate_not_cleared", "an override does not skip the plate: it needs its own confirmation");
        plate.GetProperty("printerId").GetString().Should().Be(sim);
        plate.GetProperty("detail").GetString().Should().NotContain("/api/", "the message is for people, not an API path");
        (await client.PostAsync($"/api/v1/printers/{sim}/plate-cleared", null)).EnsureSuccessStatusCode();

        (await client.PostAsJsonAsync($"/api/v1/queue/{item}/dispatch", new { @override = false })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await client.PostAsJsonAsync($"/api/v1/queue/{item}/dispatch", new { @override = true, reason = new string('x', 501) })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var connections = factory.Services.GetRequiredService<SqliteConnectionFactory>();
        await using (var connection = await connections.OpenAsync())
        {
            (await connection.QueryAsync<string>("SELECT action FROM audit_log WHERE entity_id = @Id", new { Id = item })).Should().BeEmpty("nothing was overridden yet");
        }

        var dispatched = await client.PostAsJsonAsync($"/api/v1/queue/{item}/dispatch", new { @override = true, reason = "Black PETG is loaded; the printer reports it wrongly." });
        dispatched.StatusCode.Should().Be(HttpStatusCode.OK, await dispatched.Content.ReadAsStringAsync());
        (await dispatched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("dispatching");
        await using (var connection = await connections.OpenAsync())
        {
            var rows = (await connection.QueryAsync<(string Action, string Actor, string? After)>(
                "SELECT action AS Action, actor AS Actor, after_json AS After FROM audit_log WHERE entity_id = @Id ORDER BY id", new { Id = item })).ToList();
            rows.Select(r => r.Action).Should().Equal("queue.dispatch_overridden", "queue.dispatched");
            rows[0].Actor.Should().NotBeNullOrEmpty();
            rows[0].After.Should().Contain("PETG is not loaded").And.Contain("the printer reports it wrongly");
        }
    }

    [Test]
    public async Task Candidates_WhenOnePrinterLacksTheMaterial_ScoresTheSuitablePrinterHigher_AndFinishTimesAreBerlinAndNotInThePast()
    {
        using var factory = new PrinternizerFactory(settings: Settings());
        using var client = await factory.CreateAdminClientAsync();
        var first = await AddPrinterAsync(client, "Sim A");
        var second = await AddPrinterAsync(client, "Sim B");
        var file = await QueueFlowTests.AddFileAsync(client, "Clip.gcode", QueueFlowTests.GCode(1800));
        var petg = await QueueFlowTests.AddFileAsync(client, "Box.gcode", QueueFlowTests.GCode(600, "PETG"));
        foreach (var printer in new[] { first, second })
        {
            await Eventually.GetAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{printer}/status"), s => s.GetProperty("state").GetString() == "idle", "idle");
        }

        (await client.PostAsync($"/api/v1/printers/{second}/plate-cleared", null)).EnsureSuccessStatusCode();
        var item = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = file })).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var candidates = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{item}/candidates")).EnumerateArray().ToList();
        candidates.Select(c => c.GetProperty("printerName").GetString()).Should().Equal("Sim B", "Sim A");
        var ready = candidates[0];
        var waiting = candidates[1];
        ready.GetProperty("eligible").GetBoolean().Should().BeTrue();
        waiting.GetProperty("eligible").GetBoolean().Should().BeFalse("its plate was not confirmed cleared");
        ready.GetProperty("score").GetDouble().Should().BeGreaterThan(waiting.GetProperty("score").GetDouble());
        foreach (var candidate in candidates)
        {
            candidate.GetProperty("predictedFinishAt").GetDateTimeOffset().Should().BeOnOrAfter(before.AddSeconds(1800));
            candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).Should().Contain(r => r!.Contains("(Berlin time)", StringComparison.Ordinal)).And.NotContain(r => r!.Contains("UTC", StringComparison.Ordinal));
        }

        var petgItem = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = petg })).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();
        var unsuitable = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{petgItem}/candidates")).EnumerateArray().ToList();
        unsuitable.Should().OnlyContain(c => !c.GetProperty("eligible").GetBoolean());
        var clip = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{item}/candidates")).EnumerateArray().Single(c => c.GetProperty("printerName").GetString() == "Sim B");
        clip.GetProperty("score").GetDouble().Should().BeGreaterThan(unsuitable.Max(c => c.GetProperty("score").GetDouble()), "a printer ready for the job outscores one without the material");
    }

    [Test]
    public async Task AutoAssign_WhenOn_GivesQueuedItemsToEligiblePrinters()
    {
        using var factory = new PrinternizerFactory(settings: Settings());
        using var client = await factory.CreateAdminClientAsync();
        var sim = await AddPrinterAsync(client, "Sim");
        var file = await QueueFlowTests.AddFileAsync(client, "Clip.gcode", QueueFlowTests.GCode(300));
        await Eventually.GetAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{sim}/status"), s => s.GetProperty("state").GetString() == "idle", "idle");
        var items = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = file, copies = 2 })).Content.ReadFromJsonAsync<JsonElement>())
            .EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

        (await client.PutAsJsonAsync("/api/v1/settings/queue", new { autoAssign = true })).EnsureSuccessStatusCode();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/settings/queue")).GetProperty("autoAssign").GetBoolean().Should().BeTrue();
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{items[0]}")).GetProperty("status").GetString().Should().Be("queued", "the plate is not cleared yet");

        (await client.GetFromJsonAsync<JsonElement>("/api/v1/queue/plates"))[0].GetProperty("cleared").GetBoolean().Should().BeFalse();
        (await client.PostAsync($"/api/v1/printers/{sim}/plate-cleared", null)).EnsureSuccessStatusCode();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/queue/plates"))[0].GetProperty("cleared").GetBoolean().Should().BeTrue();

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{items[0]}");
        first.GetProperty("status").GetString().Should().Be("assigned");
        first.GetProperty("printerId").GetString().Should().Be(sim);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{items[1]}")).GetProperty("status").GetString()
            .Should().Be("queued", "one item per free printer");
    }

    [Test]
    public async Task Estimates_WhenAPrinterRuns12PercentSlow_LearnedErrorIsWellBelowSlicerError_AndPredictionsUseIt()
    {
        using var factory = new PrinternizerFactory(settings: Settings());
        using var client = await factory.CreateAdminClientAsync();
        var sim = await AddPrinterAsync(client, "Slow");
        var random = new Random(3);
        var connections = factory.Services.GetRequiredService<SqliteConnectionFactory>();
        await using (var connection = await connections.OpenAsync())
        {
            var start = new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < 40; i++)
            {
                var estimate = random.Next(30, 300) * 60;
                var actual = (int)Math.Round(estimate * 1.12 * (1 + ((random.NextDouble() - 0.5) * 0.04)));
                var started = start.AddHours(i * 6);
                await connection.ExecuteAsync(
                    """
                    INSERT INTO jobs (id, printer_id, external_id, name, status, started_at, ended_at, estimated_seconds, material_type, last_seen_at, updated_at, actual_seconds)
                    VALUES (@Id, @PrinterId, @External, 'Job', 'completed', @Started, @Ended, @Estimate, 'PLA', @Ended, @Ended, @Actual)
                    """,
                    new
                    {
                        Id = Guid.NewGuid().ToString("D"),
                        PrinterId = sim,
                        External = "x" + i.ToString(CultureInfo.InvariantCulture),
                        Started = DapperTypeHandlers.ToText(started),
                        Ended = DapperTypeHandlers.ToText(started.AddSeconds(actual)),
                        Estimate = estimate,
                        Actual = actual,
                    });
            }
        }

        var accuracy = await client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/estimates");
        accuracy.GetProperty("jobs").GetInt32().Should().Be(40);
        var slicer = accuracy.GetProperty("slicerMapePercent").GetDouble();
        var learned = accuracy.GetProperty("learnedMapePercent").GetDouble();
        slicer.Should().BeGreaterThan(9);
        learned.Should().BeLessThan(slicer / 3);
        accuracy.GetProperty("printers")[0].GetProperty("factor").GetDouble().Should().BeApproximately(1.12, 0.02);

        var file = await QueueFlowTests.AddFileAsync(client, "Part.gcode", QueueFlowTests.GCode(3600));
        var item = (await (await client.PostAsJsonAsync("/api/v1/queue", new { fileId = file })).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString();
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/queue/{item}")).GetProperty("predictedSeconds").GetInt32().Should().Be(3600, "unassigned: the slicer estimate");
        var assigned = await (await client.PostAsJsonAsync($"/api/v1/queue/{item}/assign", new { printerId = sim })).Content.ReadFromJsonAsync<JsonElement>();
        assigned.GetProperty("predictedSeconds").GetInt32().Should().BeInRange(3960, 4110, "the printer's learned slowdown applies");
    }
}
