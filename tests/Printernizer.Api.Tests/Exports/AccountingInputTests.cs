using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Printernizer.Api.Tests.Costs;
using Printernizer.Api.Tests.Support;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Tests.Exports;

namespace Printernizer.Api.Tests.Exports;

/// <summary>Issue 15: German dates, DATEV Belegnummern, cp1252 replacements reported, scopes named in 403s.</summary>
public sealed class AccountingInputTests
{
    private static readonly DateTimeOffset December7 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [TestCase("2026-12-07", true)]
    [TestCase("07.12.2026", true)]
    [TestCase("7.12.2026", true)]
    [TestCase("12/07/2026", false)]
    [TestCase("2026-13-01", false)]
    [TestCase("13.13.2026", false)]
    [TestCase("2026/12/07", false)]
    [TestCase("07-12-2026", false)]
    [TestCase("Dec 7 2026", false)]
    [TestCase("2026-12-7", false)]
    public async Task DateParameters_WhenIsoOrGerman_MeanTheSameDayElse400NamingBothForms(string text, bool accepted)
    {
        await using var bed = await CostsTestBed.StartAsync();
        var printer = await bed.AddPrinterAsync();
        var job = await bed.SeedJobAsync(printer, December7, December7.AddHours(1), usedGrams: 10m);
        var query = Uri.EscapeDataString(text);

        foreach (var path in new[] { "/api/v1/exports/jobs?format=csv", "/api/v1/exports/datev?x=1", "/api/v1/analytics/summary?x=1", "/api/v1/jobs?x=1" })
        {
            var response = await bed.Admin.GetAsync($"{path}&from={query}&to={query}");
            if (accepted)
            {
                if (path.Contains("datev", StringComparison.Ordinal))
                {
                    response.StatusCode.Should().Be((HttpStatusCode)422, "the date was read; DATEV is just not configured");
                    continue;
                }

                response.StatusCode.Should().Be(HttpStatusCode.OK, path);
                var body = await response.Content.ReadAsStringAsync();
                body.Should().Contain(path.Contains("analytics", StringComparison.Ordinal) ? "\"jobs\"" : job.ToString("D"), "{0} = 7 December 2026 at {1}", text, path);
            }
            else
            {
                var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
                var errors = problem.GetProperty("errors");
                foreach (var field in new[] { "from", "to" })
                {
                    var message = errors.GetProperty(field)[0].GetString();
                    message.Should().Contain("2026-12-07").And.Contain("07.12.2026", "the error names both accepted forms ({0})", path);
                }
            }
        }

        if (!accepted)
        {
            (await bed.QueryAsync<long>("SELECT COUNT(*) FROM export_journal")).Single().Should().Be(0, "nothing is recorded for a bad request");
        }
    }

    [Test]
    public async Task ExportDatev_WhenReExportedAndNewJobsAdded_KeepsNumbersAndContinuesGaplessPerYear()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        await bed.SetDatevAsync();
        var printer = await bed.AddPrinterAsync();
        var march = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
        var first = await bed.SeedJobAsync(printer, march, march.AddHours(2), category: JobCategory.Private, usedGrams: 30m, name: "Vase eins");
        var second = await bed.SeedJobAsync(printer, march.AddDays(1), march.AddDays(1).AddHours(2), category: JobCategory.Private, usedGrams: 30m, name: "Vase zwei");
        await bed.SeedJobAsync(printer, march.AddDays(2), march.AddDays(2).AddHours(2), usedGrams: 30m, name: "Halter");

        var numbers1 = await NumbersAsync(bed, "2026-03-01", "2026-03-31");
        numbers1.Should().Equal(new Dictionary<string, string>
        {
            ["Privatentnahme Druck Vase eins"] = "EB-2026-0001",
            ["Privatentnahme Druck Vase zwei"] = "EB-2026-0002",
            ["Druckauftrag Halter"] = "PJ-2026-0001",
        });

        // A later job, exported first on its own, gets the next number; the March re-export keeps its numbers.
        var april = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        await bed.SeedJobAsync(printer, april, april.AddHours(1), category: JobCategory.Private, usedGrams: 10m, name: "Vase drei");
        (await NumbersAsync(bed, "01.04.2026", "30.04.2026")).Should().Equal(new Dictionary<string, string> { ["Privatentnahme Druck Vase drei"] = "EB-2026-0003" });
        (await NumbersAsync(bed, "2026-03-01", "2026-03-31")).Should().Equal(numbers1, "numbers are stable across re-exports");

        // A new year starts at 0001.
        var january = new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero);
        await bed.SeedJobAsync(printer, january, january.AddHours(1), category: JobCategory.Private, usedGrams: 10m, name: "Vase 2027");
        (await NumbersAsync(bed, "2027-01-01", "2027-01-31")).Should().Equal(new Dictionary<string, string> { ["Privatentnahme Druck Vase 2027"] = "EB-2027-0001" });

        var stored = await bed.QueryAsync<string>("SELECT document_number FROM datev_document_numbers WHERE job_id IN @Ids ORDER BY number", new { Ids = new[] { first.ToString("D"), second.ToString("D") } });
        stored.Should().Equal("EB-2026-0001", "EB-2026-0002");
    }

    [Test]
    public async Task ExportDatev_WhenTextHasCharactersCp1252Lacks_ReportsTheReplacementsInTheResponse()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        await bed.SetDatevAsync();
        var printer = await bed.AddPrinterAsync();
        var march = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
        await bed.SeedJobAsync(printer, march, march.AddHours(2), usedGrams: 30m, name: "Łódź Halter ✓");

        var response = await bed.Admin.GetAsync("/api/v1/exports/datev?from=2026-03-01&to=2026-03-31");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Export-Replacements-Count").Single().Should().Be("3");
        var replacements = response.Headers.GetValues("X-Export-Replacements").Single().Split("; ").Select(Uri.UnescapeDataString).ToList();
        replacements.Should().HaveCount(3).And.Contain(r => r.Contains('Ł') && r.Contains("PJ-2026-0001", StringComparison.Ordinal), "each replacement names the booking").And.Contain(r => r.Contains('✓'));
        var clean = await bed.Admin.GetAsync("/api/v1/exports/jobs?format=csv&from=2026-03-01&to=2026-03-31");
        clean.Headers.GetValues("X-Export-Replacements-Count").Single().Should().Be("0");
    }

    [Test]
    public async Task Forbidden_WhenKeyLacksTheScope_NamesTheMissingScope()
    {
        await using var bed = await CostsTestBed.StartAsync();
        using var reader = await bed.Factory.CreateApiKeyClientAsync("read");
        using var exporter = await bed.Factory.CreateApiKeyClientAsync("export");

        var export = await (await reader.GetAsync("/api/v1/exports/jobs?format=csv")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var settings = await (await reader.PutAsJsonAsync("/api/v1/settings/costs", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var jobs = await (await exporter.GetAsync("/api/v1/jobs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        export.GetProperty("detail").GetString().Should().Contain("'export'");
        settings.GetProperty("detail").GetString().Should().Contain("'admin'");
        jobs.GetProperty("detail").GetString().Should().Contain("'read'");
    }

    [Test]
    public async Task Swagger_WhenRead_StatesTheScopeOfEveryOperationAndCamelCaseQueryParameters()
    {
        await using var bed = await CostsTestBed.StartAsync();
        using var anonymous = bed.Factory.CreateClient();
        var doc = await anonymous.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var operations = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var anonymousOk = operation.Value.TryGetProperty("security", out var security) is false || security.GetArrayLength() == 0;
                if (anonymousOk)
                {
                    continue;
                }

                operations++;
                operation.Value.GetProperty("description").GetString().Should().Contain("**Scope:**", "{0} {1} states its scope", operation.Name, path.Name);
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
                    {
                        char.IsLower(p.GetProperty("name").GetString()![0]).Should().BeTrue("{0} {1}: query parameter {2} is camelCase", operation.Name, path.Name, p.GetProperty("name").GetString());
                    }
                }
            }
        }

        operations.Should().BeGreaterThan(50);
        var exportJobs = doc.GetProperty("paths").GetProperty("/api/v1/exports/jobs").GetProperty("get");
        exportJobs.GetProperty("description").GetString().Should().Contain("`export`").And.Contain("records the export");
        var from = exportJobs.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "from");
        from.TryGetProperty("example", out _).Should().BeFalse("Try it out sends no date and gets the current month");
        from.GetProperty("description").GetString().Should().Contain("07.12.2026");
    }

    private static async Task<Dictionary<string, string>> NumbersAsync(CostsTestBed bed, string from, string to)
    {
        var response = await bed.Admin.GetAsync($"/api/v1/exports/datev?from={from}&to={to}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var records = StrictSemicolonCsv.Parse(Encoding.GetEncoding(1252).GetString(await response.Content.ReadAsByteArrayAsync()));
        return records.Skip(2).ToDictionary(r => r[13].Value, r => r[10].Value);
    }
}
