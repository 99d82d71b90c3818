using Printernizer.Infrastructure.Tests.Exports;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Printernizer.Api.Tests.Support;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Api.Tests.Costs;

/// <summary>Analytics and period filters over jobs seeded with exact instants (including both DST switches of 2026).</summary>
public sealed class AnalyticsTests
{
    private static readonly DateTimeOffset March10 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static CostRates WorkedExampleRates => CostRates.GermanDefaults with
    {
        SetupMinutesPerJob = 25m,
        PostprocessMinutesPerJob = 0m,
        FilamentPricePerKg = CostRates.GermanDefaults.FilamentPricePerKg.Add("PLA", 22m),
    };

    [Test]
    public async Task Summary_WhenSeededMonth_ReportsStatusesHoursMaterialCostsSplitAndEstimateAccuracy()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var a = await bed.AddPrinterAsync("A1", 95m, 0.134m);
        var b = await bed.AddPrinterAsync("Core One", 110m, 0.2m);
        await bed.SeedJobAsync(a, March10, March10.AddHours(4.5), usedGrams: 85m, estimatedSeconds: 14400);
        await bed.SeedJobAsync(a, March10.AddDays(1), March10.AddDays(1).AddHours(1), JobStatus.Failed, JobCategory.Private, "PETG", estimatedGrams: 40m, estimatedSeconds: 7200, progress: 50m);
        await bed.SeedJobAsync(b, March10, March10.AddHours(2), category: JobCategory.Private, usedGrams: 20m, estimatedSeconds: 7200);
        await bed.SeedJobAsync(b, March10.AddDays(2), March10.AddDays(2).AddHours(0.5), JobStatus.Cancelled, materialType: null);
        await bed.SeedJobAsync(b, new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero), usedGrams: 5m);

        var summary = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/analytics/summary?from=2026-03-01&to=2026-03-31");

        summary.GetProperty("jobs").GetInt32().Should().Be(4);
        var byStatus = summary.GetProperty("jobsByStatus").EnumerateArray().ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("jobs").GetInt32());
        byStatus.Should().Contain(new Dictionary<string, int> { ["completed"] = 2, ["failed"] = 1, ["cancelled"] = 1, ["printing"] = 0 });
        summary.GetProperty("printHours").GetDecimal().Should().Be(8.0m);
        summary.GetProperty("successRatePercent").GetDecimal().Should().Be(50.0m);
        summary.GetProperty("availableHours").GetDecimal().Should().Be(743m, "March 2026 has 743 hours in Berlin (DST)");
        summary.GetProperty("printers").GetInt32().Should().Be(2);
        summary.GetProperty("utilizationPercent").GetDecimal().Should().Be(Math.Round(8m * 100m / (743m * 2), 2));
        var material = summary.GetProperty("materialByType").EnumerateArray().ToDictionary(m => m.GetProperty("materialType").GetString()!, m => m.GetProperty("grams").GetDecimal());
        material.Should().Contain(new Dictionary<string, decimal> { ["PLA"] = 105m, ["PETG"] = 20m, ["(unknown)"] = 0m });

        var rates = WorkedExampleRates;
        var costs = new[]
        {
            CostCalculator.Calculate(new CostInputs { PrintSeconds = 16200, Materials = [new MaterialUsage("PLA", 85m)], PrinterPowerWatts = 95m, MachineHourlyRate = 0.134m }, rates),
            CostCalculator.Calculate(new CostInputs { PrintSeconds = 3600, Materials = [new MaterialUsage("PETG", 40m)], MaterialIsFullJobEstimate = true, PrinterPowerWatts = 95m, MachineHourlyRate = 0.134m, Status = JobStatus.Failed, ProgressPercent = 50m, Private = true }, rates),
            CostCalculator.Calculate(new CostInputs { PrintSeconds = 7200, Materials = [new MaterialUsage("PLA", 20m)], PrinterPowerWatts = 110m, MachineHourlyRate = 0.2m, Private = true }, rates),
            CostCalculator.Calculate(new CostInputs { PrintSeconds = 1800, PrinterPowerWatts = 110m, MachineHourlyRate = 0.2m, Status = JobStatus.Cancelled, ProgressPercent = 100m }, rates),
        };
        var cost = summary.GetProperty("cost");
        cost.GetProperty("total").GetDecimal().Should().Be(Money.Round(costs.Sum(c => c.Total)));
        cost.GetProperty("actualCost").GetDecimal().Should().Be(Money.Round(costs.Sum(c => c.ActualCost)));
        cost.GetProperty("material").GetDecimal().Should().Be(Money.Round(costs.Sum(c => c.Material)));
        cost.GetProperty("jobsWithCost").GetInt32().Should().Be(4);

        var split = summary.GetProperty("byCategory").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!);
        split["business"].GetProperty("printHours").GetDecimal().Should().Be(5.0m);
        split["private"].GetProperty("printHours").GetDecimal().Should().Be(3.0m);
        split["private"].GetProperty("cost").GetProperty("actualCost").GetDecimal().Should().Be(Money.Round(costs[1].ActualCost + costs[2].ActualCost));

        var accuracy = summary.GetProperty("estimateAccuracy");
        accuracy.GetProperty("jobs").GetInt32().Should().Be(2);
        accuracy.GetProperty("mapePercent").GetDecimal().Should().Be(5.6m, "(1800/16200 + 0) / 2");
        accuracy.GetProperty("biasPercent").GetDecimal().Should().Be(8.3m);

        var business = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/summary?from=2026-03-01&to=2026-03-31&category=business&printerId={a}");
        business.GetProperty("jobs").GetInt32().Should().Be(1);
        business.GetProperty("printers").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task Breakdowns_WhenSeeded_GroupByPrinterMaterialAndBerlinMonth()
    {
        await using var bed = await CostsTestBed.StartAsync();
        var a = await bed.AddPrinterAsync("A1");
        var b = await bed.AddPrinterAsync("Core One");
        await bed.SeedJobAsync(a, March10, March10.AddHours(3), usedGrams: 30m);
        await bed.SeedJobAsync(a, March10.AddDays(1), March10.AddDays(1).AddHours(1), category: JobCategory.Private, materialType: "PETG", usedGrams: 10m);
        // Ends 2026-03-31T22:30Z = 1 April 00:30 CEST: an April job in Berlin.
        await bed.SeedJobAsync(a, new DateTimeOffset(2026, 3, 31, 21, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero), usedGrams: 5m);

        var printers = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/analytics/by-printer?from=2026-03-01&to=2026-03-31");
        var byName = printers.EnumerateArray().ToDictionary(p => p.GetProperty("printerName").GetString()!);
        byName["A1"].GetProperty("jobs").GetInt32().Should().Be(2);
        byName["A1"].GetProperty("printHours").GetDecimal().Should().Be(4m);
        byName["A1"].GetProperty("businessPrintHours").GetDecimal().Should().Be(3m);
        byName["A1"].GetProperty("privatePrintHours").GetDecimal().Should().Be(1m);
        byName["A1"].GetProperty("utilizationPercent").GetDecimal().Should().Be(Math.Round(4m * 100m / 743m, 2));
        byName["Core One"].GetProperty("jobs").GetInt32().Should().Be(0);
        byName["Core One"].GetProperty("printerId").GetString().Should().Be(b.ToString("D"));

        var materials = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/analytics/by-material?from=2026-03-01&to=2026-03-31");
        materials.EnumerateArray().Select(m => (m.GetProperty("materialType").GetString(), m.GetProperty("grams").GetDecimal()))
            .Should().Equal(("PLA", 30m), ("PETG", 10m));
        materials[0].GetProperty("materialCost").GetDecimal().Should().Be(0.75m, "30 g at the 25 €/kg fallback");

        var months = await bed.Admin.GetFromJsonAsync<JsonElement>("/api/v1/analytics/by-month?from=2026-02-01&to=2026-04-30");
        months.EnumerateArray().Select(m => (m.GetProperty("month").GetString(), m.GetProperty("jobs").GetInt32()))
            .Should().Equal(("2026-02", 0), ("2026-03", 2), ("2026-04", 1));
        months[1].GetProperty("materialGrams").GetDecimal().Should().Be(40m);
        months[1].GetProperty("cost").GetProperty("jobsWithCost").GetInt32().Should().Be(2);
        months[1].GetProperty("privateActualCost").GetDecimal().Should().BeGreaterThan(0m);

        await (await bed.Admin.GetAsync("/api/v1/analytics/summary?from=2026-03-31&to=2026-03-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("2026-03-29", "2026-03-28T23:00:00Z", "2026-03-29T21:59:59Z", "2026-03-28T22:59:59Z", "2026-03-29T22:00:00Z")]
    [TestCase("2026-10-25", "2026-10-24T22:00:00Z", "2026-10-25T22:59:59Z", "2026-10-24T21:59:59Z", "2026-10-25T23:00:00Z")]
    public async Task PeriodFilter_WhenDaysOfTheDstSwitch_IncludesExactlyTheJobsEndingThatBerlinDay(string day, string firstIn, string lastIn, string lastBefore, string firstAfter)
    {
        await using var bed = await CostsTestBed.StartAsync();
        var printer = await bed.AddPrinterAsync();
        var ids = new Dictionary<string, Guid>();
        foreach (var end in new[] { firstIn, lastIn, lastBefore, firstAfter })
        {
            var ended = DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
            ids[end] = await bed.SeedJobAsync(printer, ended.AddMinutes(-30), ended, usedGrams: 1m, name: "Job " + end[..13]);
        }

        var summary = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/summary?from={day}&to={day}");
        summary.GetProperty("jobs").GetInt32().Should().Be(2);
        summary.GetProperty("availableHours").GetDecimal().Should().Be(day.EndsWith("03-29", StringComparison.Ordinal) ? 23m : 25m);

        var csv = await bed.Admin.GetByteArrayAsync($"/api/v1/exports/jobs?format=csv&from={day}&to={day}");
        var records = StrictSemicolonCsv.Parse(Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        records.Skip(1).Select(r => r[1].Value).Should().BeEquivalentTo([ids[firstIn].ToString("D"), ids[lastIn].ToString("D")]);

        var month = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/by-month?from={day[..8]}01&to={day}");
        month[0].GetProperty("jobs").GetInt32().Should().Be(3, "the day before is in the same month, the day after is not in the period");
    }
}
