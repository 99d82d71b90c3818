using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Support;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Api.Tests.Costs;

/// <summary>Costs through the real host: freezing at the end, live costs, corrections and re-pricing with audit entries.</summary>
public sealed class JobCostTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static async Task<JsonElement> CostOfAsync(HttpClient client, Guid jobId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}")).GetProperty("job").GetProperty("cost");

    [Test]
    public async Task CompletedJob_WhenWorkedExampleOfBusinessDoc_FreezesVersion1WithTheCalculatorsCost()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var printer = await bed.AddPrinterAsync(powerWatts: 95m, hourlyRate: 0.134m);

        var job = await bed.SeedJobAsync(printer, Start, Start.AddHours(4.5), usedGrams: 85m);

        var cost = await CostOfAsync(bed.Admin, job);
        cost.GetProperty("material").GetDecimal().Should().Be(1.87m);
        cost.GetProperty("energy").GetDecimal().Should().Be(0.13m);
        cost.GetProperty("machine").GetDecimal().Should().Be(0.60m);
        cost.GetProperty("failureAllowance").GetDecimal().Should().Be(0.13m);
        cost.GetProperty("labour").GetDecimal().Should().Be(15.00m);
        cost.GetProperty("total").GetDecimal().Should().Be(17.73m, "17.7313125 € Selbstkosten of business.md §2.3");
        cost.GetProperty("currency").GetString().Should().Be("EUR");
        cost.GetProperty("version").GetInt32().Should().Be(1);
        cost.GetProperty("frozenAt").GetString().Should().EndWith("Z");

        var expected = CostCalculator.Calculate(
            new CostInputs { PrintSeconds = 16200, Materials = [new MaterialUsage("PLA", 85m)], PrinterPowerWatts = 95m, MachineHourlyRate = 0.134m },
            CostRates.GermanDefaults with { SetupMinutesPerJob = 25m, PostprocessMinutesPerJob = 0m, FilamentPricePerKg = CostRates.GermanDefaults.FilamentPricePerKg.Add("PLA", 22m) }).ToCents();
        cost.GetProperty("total").GetDecimal().Should().Be(expected.Total);
    }

    [Test]
    public async Task OpenJob_WhenPrinting_ShowsLiveCostWithoutFreezing()
    {
        await using var bed = await CostsTestBed.StartAsync();
        var printer = await bed.AddPrinterAsync();
        var job = await bed.SeedJobAsync(printer, DateTimeOffset.UtcNow.AddHours(-1), null, JobStatus.Printing, estimatedGrams: 100m, progress: 50m);

        var cost = await CostOfAsync(bed.Admin, job);

        cost.GetProperty("version").GetInt32().Should().Be(0);
        cost.ValueKind.Should().Be(JsonValueKind.Object);
        cost.GetProperty("frozenAt").ValueKind.Should().Be(JsonValueKind.Null);
        cost.GetProperty("material").GetDecimal().Should().Be(1.25m, "half of the 100 g estimate at the 25 €/kg fallback");
        (await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job}/cost/versions")).GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task FrozenCost_WhenRatesChangeAfterCompletion_StaysUntilRecalculatedExplicitly()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var printer = await bed.AddPrinterAsync();
        var job = await bed.SeedJobAsync(printer, Start, Start.AddHours(4.5), usedGrams: 85m);

        await bed.SetWorkedExampleRatesAsync(electricity: 1.30m);

        (await CostOfAsync(bed.Admin, job)).GetProperty("energy").GetDecimal().Should().Be(0.13m, "a frozen cost keeps its rates");
        var list = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?printerId={printer}");
        list.GetProperty("items")[0].GetProperty("cost").GetProperty("total").GetDecimal().Should().Be(17.73m);

        (await bed.Admin.PostAsJsonAsync($"/api/v1/jobs/{job}/cost/recalculate", new { reason = "" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var recalculated = await bed.Admin.PostAsJsonAsync($"/api/v1/jobs/{job}/cost/recalculate", new { reason = "Electricity contract changed" });
        recalculated.StatusCode.Should().Be(HttpStatusCode.OK);

        var cost = await CostOfAsync(bed.Admin, job);
        cost.GetProperty("version").GetInt32().Should().Be(2);
        cost.GetProperty("energy").GetDecimal().Should().Be(0.56m, "0.4275 kWh × 1.30 €");
        var versions = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job}/cost/versions");
        versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("superseded").GetBoolean()))
            .Should().Equal((2, false), (1, true));
        versions[1].GetProperty("rates").GetProperty("electricityPerKwh").GetDecimal().Should().Be(0.30m);
        versions[0].GetProperty("reason").GetString().Should().Be("Electricity contract changed");
        versions[0].GetProperty("actor").GetString().Should().Be("admin", "the account's user name, not kind:name");

        var audit = await bed.QueryAsync<string>("SELECT action FROM audit_log WHERE entity_id = @Id", new { Id = job.ToString("D") });
        audit.Should().Contain("job.cost.corrected");
    }

    [Test]
    public async Task PatchMaterialUsed_WhenJobEnded_CreatesVersion2WithAuditEntryAndKeepsVersion1()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var printer = await bed.AddPrinterAsync();
        var job = await bed.SeedJobAsync(printer, Start, Start.AddHours(4.5), usedGrams: 85m);

        var patched = await bed.Admin.PatchAsJsonAsync($"/api/v1/jobs/{job}", new { materialUsedGrams = 100m, reason = "Spool weighed" });
        patched.StatusCode.Should().Be(HttpStatusCode.OK);
        var dto = await patched.Content.ReadFromJsonAsync<JsonElement>();
        dto.GetProperty("cost").GetProperty("version").GetInt32().Should().Be(2);
        dto.GetProperty("cost").GetProperty("material").GetDecimal().Should().Be(2.20m);

        var versions = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job}/cost/versions");
        versions.GetArrayLength().Should().Be(2);
        versions[1].GetProperty("material").GetDecimal().Should().Be(1.87m, "version 1 is never rewritten");
        versions[0].GetProperty("reason").GetString().Should().Be("Spool weighed");
        var audit = await bed.QueryAsync<AuditRow>("SELECT action AS Action, actor AS Actor, before_json AS BeforeJson, after_json AS AfterJson FROM audit_log WHERE action = 'job.cost.corrected'");
        audit.Should().ContainSingle();
        audit[0].Actor.Should().Be("admin");
        audit[0].BeforeJson.Should().Contain("1.87");
        audit[0].AfterJson.Should().Contain("2.2");

        var update = () => bed.QueryAsync<long>("UPDATE job_costs SET total = '0' WHERE job_id = @Id", new { Id = job.ToString("D") });
        await update.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>("the database refuses to rewrite a frozen revision");
    }

    [Test]
    public async Task Categorize_WhenSeveralJobs_ChangesThemAuditsAndRevisesFrozenCosts()
    {
        await using var bed = await CostsTestBed.StartAsync();
        var printer = await bed.AddPrinterAsync();
        var a = await bed.SeedJobAsync(printer, Start, Start.AddHours(1), category: JobCategory.Unassigned, usedGrams: 10m);
        var b = await bed.SeedJobAsync(printer, Start.AddHours(2), Start.AddHours(3), category: JobCategory.Private, usedGrams: 10m);

        var withoutReason = await bed.Admin.PostAsJsonAsync("/api/v1/jobs/categorize", new { jobIds = new[] { a, b }, category = "private" });
        (await withoutReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue("job a is frozen");
        (await CostOfAsync(bed.Admin, a)).GetProperty("version").GetInt32().Should().Be(1, "nothing changed");

        var response = await bed.Admin.PostAsJsonAsync("/api/v1/jobs/categorize", new { jobIds = new[] { a, b }, category = "private", reason = "Eigenbedarf" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("updated").GetInt32().Should().Be(1);
        result.GetProperty("unchanged").GetInt32().Should().Be(1);
        (await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{a}")).GetProperty("job").GetProperty("category").GetString().Should().Be("private");
        (await CostOfAsync(bed.Admin, a)).GetProperty("version").GetInt32().Should().Be(2);
        (await bed.QueryAsync<string>("SELECT action FROM audit_log WHERE entity_id = @Id", new { Id = a.ToString("D") })).Should().Contain("job.categorized");
        (await bed.Admin.PostAsJsonAsync("/api/v1/jobs/categorize", new { jobIds = Array.Empty<Guid>(), category = "private" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await (await bed.Admin.PostAsJsonAsync("/api/v1/jobs/categorize", new { jobIds = new[] { Guid.NewGuid() }, category = "private" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task PrinterDefaultCategory_WhenSet_IsReturnedAndValidated()
    {
        await using var bed = await CostsTestBed.StartAsync();
        var printer = await bed.AddPrinterAsync(defaultCategory: "business");

        var dto = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{printer}");
        dto.GetProperty("defaultCategory").GetString().Should().Be("business");
        var bad = await bed.Admin.PostAsJsonAsync("/api/v1/printers", new { name = "X", kind = "simulated", isActive = false, defaultCategory = "gift" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private sealed record AuditRow(string Action, string Actor, string? BeforeJson, string? AfterJson);
}
