using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Api.Tests.Support;

namespace Printernizer.Api.Tests.Jobs;

/// <summary>Full-text search over a seeded history: many matches (walked in index order) and few (looked up and sorted).</summary>
public sealed class JobSearchTests
{
    private const int Jobs = 3600; // Halterung: 2 400 matches, above the 2 000 where the list walks the sort index

    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Search_WhenManyOrFewJobsMatch_ReturnsExactCountsAndTheNewestFirst()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateAdminClientAsync();
        var printers = new List<string>();
        foreach (var name in (string[])["Regal A", "Regal B"])
        {
            var created = await client.PostAsJsonAsync("/api/v1/printers", new { name, kind = "simulated", isActive = false });
            printers.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var seeded = await SeedAsync(Path.Combine(factory.DataFolder, "printernizer.db"), printers);

        foreach (var (search, printer) in new (string, string?)[] { ("Halterung", null), ("Zahnrad", null), ("Halterung", printers[1]), ("Zahnrad", printers[0]) })
        {
            var expected = seeded.Where(j => j.Name.Contains(search, StringComparison.Ordinal) && (printer is null || j.PrinterId == printer))
                .OrderByDescending(j => j.StartedAt).ToList();
            var pageNumber = expected.Count > 100 ? 2 : 1;
            var query = $"/api/v1/jobs?search={search}&pageSize=50&page={pageNumber}" + (printer is null ? string.Empty : $"&printerId={printer}");

            var page = await client.GetFromJsonAsync<JsonElement>(query);

            page.GetProperty("totalCount").GetInt64().Should().Be(expected.Count, query);
            var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
            var starts = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("startedAt").GetDateTimeOffset()).ToList();
            names.Should().NotBeEmpty(query).And.OnlyContain(n => n!.Contains(search, StringComparison.Ordinal), query);
            starts.Should().Equal(expected.Skip((pageNumber - 1) * 50).Take(50).Select(j => j.StartedAt), query);
        }
    }

    private static async Task<List<SeededJob>> SeedAsync(string database, List<string> printers)
    {
        // Halterung: ~2/3 of the jobs (the many-matches path); Zahnrad: every 150th (the few-matches path).
        var jobs = Enumerable.Range(0, Jobs).Select(i => new SeededJob(
            Guid.NewGuid().ToString("D"),
            printers[i % 2],
            i % 150 == 0 ? $"Zahnrad_{i}" : i % 3 == 0 ? $"Benchy_{i}" : $"Halterung_{i}",
            Start.AddMinutes(i * 17))).ToList();
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var job in jobs)
        {
            var at = job.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            await connection.ExecuteAsync(
                """
                INSERT INTO jobs (id, printer_id, external_id, name, file_name, status, started_at, ended_at, progress_percent, category,
                                  last_seen_at, updated_at, actual_seconds)
                VALUES (@Id, @PrinterId, @Id, @Name, @Name || '.gcode', 'completed', @At, @At, '100', 'unassigned', @At, @At, 600)
                """,
                new { job.Id, job.PrinterId, job.Name, At = at },
                transaction);
        }

        await transaction.CommitAsync();
        return jobs;
    }

    private sealed record SeededJob(string Id, string PrinterId, string Name, DateTimeOffset StartedAt);
}
