using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Api.Tests.Costs;

/// <summary>
/// The analytics rollup (<c>job_daily_totals</c>) after every kind of change through the real API and repositories
/// equals a recomputation straight from the jobs, and the summary's money equals the per-job revisions to the cent.
/// Jobs sit on both DST switch days of 2026 and right at Berlin midnight.
/// </summary>
public sealed class AnalyticsRollupTests
{
    [Test]
    public async Task Rollup_WhenJobsEndGetRecategorizedCorrectedAndDeleted_EqualsADirectRecomputationAfterEveryStep()
    {
        await using var bed = await CostsTestBed.StartAsync();
        await bed.SetWorkedExampleRatesAsync();
        var a = await bed.AddPrinterAsync("A1", 95m, 0.134m);
        var b = await bed.AddPrinterAsync("Core One", 110m, 0.2m);
        var beforeSpring = await bed.SeedJobAsync(a, Utc(2026, 3, 28, 20, 0), Utc(2026, 3, 28, 22, 59), usedGrams: 85m, estimatedSeconds: 10000); // 23:59 CET, 28 March
        var springMidnight = await bed.SeedJobAsync(a, Utc(2026, 3, 28, 21, 0), Utc(2026, 3, 28, 23, 0), category: JobCategory.Private, usedGrams: 12.5m, estimatedSeconds: 7000); // 00:00 CET, 29 March
        var springFailed = await bed.SeedJobAsync(b, Utc(2026, 3, 29, 0, 30), Utc(2026, 3, 29, 1, 30), JobStatus.Failed, materialType: "PETG", estimatedGrams: 40m, progress: 40m); // 03:30 CEST, 29 March
        var autumnMidnight = await bed.SeedJobAsync(a, Utc(2026, 10, 24, 20, 0), Utc(2026, 10, 24, 22, 0), category: JobCategory.Unassigned, usedGrams: 7.3m); // 00:00 CEST, 25 October
        await bed.SeedJobAsync(b, Utc(2026, 10, 25, 20, 0), Utc(2026, 10, 25, 22, 59), JobStatus.Cancelled, progress: 10m, estimatedGrams: 100m); // 23:59 CET, 25 October
        await bed.SeedJobAsync(b, Utc(2026, 10, 25, 21, 0), Utc(2026, 10, 25, 23, 0), materialType: null); // 00:00 CET, 26 October
        var open = await bed.SeedJobAsync(a, Utc(2026, 10, 25, 10, 0), null, JobStatus.Printing, estimatedGrams: 30m, progress: 50m);
        await ShouldMatchRecomputationAsync(bed, expectedRows: 6);
        await ShouldMatchRevisionsAsync(bed, 2026, 3, 29, 29, jobs: 2);
        await ShouldMatchRevisionsAsync(bed, 2026, 10, 25, 25, jobs: 3, open: 1);

        (await bed.Admin.PostAsJsonAsync("/api/v1/jobs/categorize", new { jobIds = new[] { beforeSpring, springMidnight, autumnMidnight }, category = "private", reason = "Eigenbedarf" })).EnsureSuccessStatusCode();
        await ShouldMatchRecomputationAsync(bed, expectedRows: 6);
        (await bed.Admin.PostAsJsonAsync("/api/v1/jobs/categorize", new { jobIds = new[] { beforeSpring }, category = "business", reason = "Kundenauftrag" })).EnsureSuccessStatusCode();
        await ShouldMatchRecomputationAsync(bed, expectedRows: 6);

        await bed.SetWorkedExampleRatesAsync(electricity: 0.41m);
        (await bed.Admin.PostAsJsonAsync($"/api/v1/jobs/{springFailed}/cost/recalculate", new { reason = "Strompreis korrigiert" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bed.Admin.PatchAsJsonAsync($"/api/v1/jobs/{springMidnight}", new { materialUsedGrams = 13.37m, reason = "Gewogen" })).EnsureSuccessStatusCode();
        await ShouldMatchRecomputationAsync(bed, expectedRows: 6);
        await ShouldMatchRevisionsAsync(bed, 2026, 3, 28, 29, jobs: 3);

        await EndAsync(bed, open, Utc(2026, 10, 25, 12, 0));
        await ShouldMatchRecomputationAsync(bed, expectedRows: 7);
        await ShouldMatchRevisionsAsync(bed, 2026, 10, 25, 25, jobs: 3);
        await ShouldMatchRevisionsAsync(bed, 2026, 1, 1, 365, jobs: 7);

        (await bed.Admin.DeleteAsync($"/api/v1/printers/{b}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ShouldMatchRecomputationAsync(bed, expectedRows: 4);
        await ShouldMatchRevisionsAsync(bed, 2026, 1, 1, 365, jobs: 4);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>The job ends through the tracking repository (as the tracker does) and its cost is frozen.</summary>
    private static async Task EndAsync(CostsTestBed bed, Guid jobId, DateTimeOffset endedAt)
    {
        using var scope = bed.Factory.Services.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IJobRepository>();
        var job = (await jobs.GetAsync(jobId, CancellationToken.None))!;
        job.Status = JobStatus.Completed;
        job.EndedAt = endedAt;
        job.ProgressPercent = 100m;
        job.LastSeenAt = endedAt;
        job.UpdatedAt = endedAt;
        await jobs.SaveTrackingAsync([job], [new JobEventRecord(jobId, JobEventKind.Completed, endedAt, null)], CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new PrintJobEnded(jobId, job.PrinterId, JobStatus.Completed));
    }

    /// <summary>The stored rollup, row for row, equals the rollup recomputed from the jobs (exact decimals).</summary>
    private static async Task ShouldMatchRecomputationAsync(CostsTestBed bed, int expectedRows)
    {
        var stored = await RowsAsync(bed, $"SELECT day, printer_id, category, status, material_type, {JobDailyTotals.ValueColumns} FROM job_daily_totals ORDER BY 1, 2, 3, 4, 5");
        var direct = await RowsAsync(bed, $"SELECT * FROM ({JobDailyTotals.Recompute}) ORDER BY 1, 2, 3, 4, 5");

        stored.Should().HaveCount(expectedRows);
        stored.Should().Equal(direct);
    }

    private static async Task<List<string>> RowsAsync(CostsTestBed bed, string sql)
    {
        var connections = bed.Factory.Services.GetRequiredService<SqliteConnectionFactory>();
        await using var connection = await connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var fields = new List<string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                fields.Add(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
                {
                    // money: exact decimal value (scale-insensitive); REAL sums: to 9 places
                    string s when i >= 13 => SqliteFunctions.ParseDecimal(s).ToString("0.############################", CultureInfo.InvariantCulture),
                    double d => d.ToString("0.#########", CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
                });
            }

            rows.Add(string.Join(" | ", fields));
        }

        return rows;
    }

    /// <summary>
    /// The summary of Berlin days <paramref name="fromDay"/>..<paramref name="toDay"/> (day numbers of the month, or of the
    /// year for January) counts the jobs of exactly those days and its money equals the sum of the jobs' latest
    /// revisions rounded once to the cent.
    /// </summary>
    private static async Task ShouldMatchRevisionsAsync(CostsTestBed bed, int year, int month, int fromDay, int toDay, int jobs, int open = 0)
    {
        var from = new DateOnly(year, month, 1).AddDays(fromDay - 1);
        var to = new DateOnly(year, month, 1).AddDays(toDay - 1);
        var summary = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/summary?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        var revisions = (await bed.QueryAsync<RevisionRow>(
                """
                SELECT j.category AS Category, j.status AS Status, COALESCE(j.ended_at, j.started_at) AS EffectiveEnd,
                       c.material AS Material, c.total AS Total, c.failure_allowance AS FailureAllowance
                FROM jobs j LEFT JOIN job_costs c ON c.job_id = j.id AND c.is_latest = 1
                """))
            .Where(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(r.EffectiveEnd, CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime) is var day && day >= from && day <= to)
            .ToList();

        revisions.Should().HaveCount(jobs);
        summary.GetProperty("jobs").GetInt32().Should().Be(jobs);
        summary.GetProperty("jobsByStatus").EnumerateArray().Single(s => s.GetProperty("status").GetString() == "printing").GetProperty("jobs").GetInt32().Should().Be(open);
        var cost = summary.GetProperty("cost");
        cost.GetProperty("total").GetDecimal().Should().Be(Money.Round(revisions.Sum(r => D(r.Total))));
        cost.GetProperty("material").GetDecimal().Should().Be(Money.Round(revisions.Sum(r => D(r.Material))));
        cost.GetProperty("actualCost").GetDecimal().Should().Be(Money.Round(revisions.Sum(r => D(r.Total) - D(r.FailureAllowance))));
        cost.GetProperty("jobsWithCost").GetInt32().Should().Be(revisions.Count(r => r.Total is not null));
        foreach (var split in summary.GetProperty("byCategory").EnumerateArray())
        {
            var category = split.GetProperty("category").GetString();
            var rows = revisions.Where(r => r.Category == category).ToList();
            split.GetProperty("jobs").GetInt32().Should().Be(rows.Count);
            split.GetProperty("cost").GetProperty("total").GetDecimal().Should().Be(Money.Round(rows.Sum(r => D(r.Total))), category);
        }

        var months = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/by-month?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        months.EnumerateArray().Sum(m => m.GetProperty("jobs").GetInt32()).Should().Be(jobs);
        months.EnumerateArray().Sum(m => m.GetProperty("cost").GetProperty("total").GetDecimal())
            .Should().BeApproximately(Money.Round(revisions.Sum(r => D(r.Total))), 0.01m * months.GetArrayLength());
        var printers = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/by-printer?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        printers.EnumerateArray().Sum(p => p.GetProperty("jobs").GetInt32()).Should().Be(jobs);
        var materials = await bed.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/by-material?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        materials.EnumerateArray().Sum(m => m.GetProperty("jobs").GetInt32()).Should().Be(jobs);
    }

    private static decimal D(string? text) => text is null ? 0m : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private sealed class RevisionRow
    {
        public string Category { get; init; } = "";
        public string Status { get; init; } = "";
        public string EffectiveEnd { get; init; } = "";
        public string? Material { get; init; }
        public string? Total { get; init; }
        public string? FailureAllowance { get; init; }
    }
}
