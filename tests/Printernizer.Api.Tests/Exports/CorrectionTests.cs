using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Printernizer.Api.Tests.Costs;
using Printernizer.Api.Tests.Support;
using Printernizer.Domain.Jobs;

namespace Printernizer.Api.Tests.Exports;

/// <summary>Issue 15 point 4: corrections of frozen records need a reason; bad input changes nothing.</summary>
public sealed class CorrectionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task PatchFrozenJob_WhenNoReason_Answers400AndChangesNothing()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var printer = await bed.AddPrinterAsync();
        var job = await bed.SeedJobAsync(printer, Start, Start.AddHours(4.5), usedGrams: 85m);
        var customer = await CreateCustomerAsync(bed.Admin);

        foreach (var body in new object[] { new { category = "private" }, new { materialUsedGrams = 90m }, new { customerId = customer }, new { category = "private", reason = "  " } })
        {
            var problem = await (await bed.Admin.PatchAsJsonAsync($"/api/v1/jobs/{job}", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").GetProperty("reason")[0].GetString().Should().Contain("frozen");
        }

        var bad = new object[]
        {
            new { category = "gadget", reason = "x" },
            new { materialUsedGrams = -1m, reason = "x" },
            new { category = "private", reason = new string('r', 1001) },
        };
        foreach (var body in bad)
        {
            await (await bed.Admin.PatchAsJsonAsync($"/api/v1/jobs/{job}", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }

        var detail = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job}");
        detail.GetProperty("job").GetProperty("category").GetString().Should().Be("business");
        detail.GetProperty("job").GetProperty("materialUsedGrams").GetDecimal().Should().Be(85m);
        detail.GetProperty("job").GetProperty("cost").GetProperty("version").GetInt32().Should().Be(1);
        (await bed.QueryAsync<long>("SELECT COUNT(*) FROM audit_log WHERE entity_id = @Id", new { Id = job.ToString("D") })).Single().Should().Be(0);
    }

    [Test]
    public async Task PatchFrozenJob_WhenRecategorizedWithReason_WritesVersion2AuditAndTimelineAtOnce()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var printer = await bed.AddPrinterAsync();
        var job = await bed.SeedJobAsync(printer, Start, Start.AddHours(4.5), usedGrams: 85m);

        var patched = await bed.Admin.PatchAsJsonAsync($"/api/v1/jobs/{job}", new { category = "private", reason = "Vase für zu Hause" });

        patched.StatusCode.Should().Be(HttpStatusCode.OK);
        var cost = (await patched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cost");
        cost.GetProperty("version").GetInt32().Should().Be(2);
        cost.GetProperty("labour").GetDecimal().Should().Be(0m);
        cost.GetProperty("total").GetDecimal().Should().Be(2.73m, "the private value of business.md §3");
        var versions = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job}/cost/versions");
        versions[0].GetProperty("reason").GetString().Should().Be("Vase für zu Hause");
        versions[0].GetProperty("actor").GetString().Should().Be("admin");
        versions[1].GetProperty("superseded").GetBoolean().Should().BeTrue();
        versions[1].GetProperty("total").GetDecimal().Should().Be(17.73m);
        var audit = await bed.QueryAsync<string>("SELECT after_json FROM audit_log WHERE entity_id = @Id AND action = 'job.corrected'", new { Id = job.ToString("D") });
        audit.Should().ContainSingle();
        JsonDocument.Parse(audit[0]).RootElement.GetProperty("reason").GetString().Should().Be("Vase für zu Hause");
        var events = (await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job}")).GetProperty("events").EnumerateArray().ToList();
        events.Should().Contain(e => e.GetProperty("kind").GetString() == "edited" && e.GetProperty("detail").GetString()!.Contains("Vase für zu Hause"));

        // Notes alone are no correction of the cost: no reason needed, no new version.
        (await bed.Admin.PatchAsJsonAsync($"/api/v1/jobs/{job}", new { notes = "Blau" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job}")).GetProperty("job").GetProperty("cost").GetProperty("version").GetInt32().Should().Be(2);
    }

    [TestCase("/api/v1/exports/jobs?format=csv&from=2010-01-01&to=2026-12-31")]
    [TestCase("/api/v1/exports/datev?from=2020-01-01&to=2026-12-31")]
    [TestCase("/api/v1/analytics/summary?from=2010-01-01&to=2026-12-31")]
    [TestCase("/api/v1/exports/jobs?format=csv&category=gadget")]
    public async Task Exports_WhenRangeTooLongOrUnknownCategory_Answer400WithFieldErrorsAndRecordNothing(string url)
    {
        await using var bed = await CostsTestBed.StartAsync();

        var problem = await (await bed.Admin.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Should().NotBeEmpty();
        (await bed.QueryAsync<long>("SELECT COUNT(*) FROM export_journal")).Single().Should().Be(0);
    }

    private static async Task<Guid> CreateCustomerAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/customers", new { name = "Erika Mustermann" });
        response.EnsureSuccessStatusCode();
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }
}
