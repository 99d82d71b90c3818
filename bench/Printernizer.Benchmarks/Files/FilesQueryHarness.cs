using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Api;

namespace Printernizer.Benchmarks.Files;

/// <summary>
/// Query harness for issue 6 (run on demand, never in tests): <c>--files-query [--files 20000] [--queries 300] [--only text]</c>.
/// Seeds the combined file list directly into SQLite (20 printers, every status, local uploads) and measures the list
/// with filters, search, sorting and deep paging, plus the statistics, as HTTP round trips against the real host.
/// </summary>
public static class FilesQueryHarness
{
    public const string QuerySwitch = "--files-query";

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var fileCount = Get("--files", 20_000);
        var queryCount = Get("--queries", 300);
        var data = Path.Combine(Path.GetTempPath(), "printernizer-files-" + Guid.NewGuid().ToString("N"));
        var port = HarnessSupport.FreePort();
        var app = PrinternizerHost.Build([
            "--data", data, "--urls", $"http://127.0.0.1:{port}", "--Printernizer:PasswordIterations=1000",
            "--Printernizer:Files:InitialSyncDelaySeconds=86400", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        using var handler = new HttpClientHandler { UseCookies = true };
        using var admin = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        (await admin.PostAsJsonAsync("/api/v1/auth/setup", new { username = "admin", password = "load test password" })).EnsureSuccessStatusCode();
        var printerIds = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var created = await (await admin.PostAsJsonAsync("/api/v1/printers", new { name = $"P{i:D2}", kind = "simulated", isActive = false })).Content.ReadFromJsonAsync<JsonElement>();
            printerIds.Add(created.GetProperty("id").GetString()!);
        }

        var seed = Stopwatch.StartNew();
        await SeedAsync(Path.Combine(data, "printernizer.db"), printerIds, fileCount);
        Console.WriteLine($"seeded {fileCount} files in {seed.Elapsed.TotalSeconds:0.0} s");

        string[] queries =
        [
            "/api/v1/files",
            "/api/v1/files?page=200&pageSize=50",
            "/api/v1/files?status=downloaded&sort=-downloadedAt",
            $"/api/v1/files?printerId={printerIds[3]}&type=3mf",
            "/api/v1/files?search=halterung&pageSize=100",
            "/api/v1/files?sort=name&page=50",
            "/api/v1/files?sort=-sizeBytes&status=available",
            "/api/v1/files?sort=printerName&pageSize=500",
            "/api/v1/files/statistics",
        ];
        // --only <text>: measure just the queries containing the text (while tuning one query).
        var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
        if (only is not null)
        {
            queries = queries.Where(q => q.Contains(only, StringComparison.Ordinal)).ToArray();
        }

        foreach (var q in queries)
        {
            (await admin.GetAsync(q)).EnsureSuccessStatusCode(); // warm-up
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Combined file list over {fileCount:N0} files ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores)")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{queryCount} sequential HTTP round trips per query against the real host (Kestrel, MediatR, Dapper, SQLite), target p99 < 30 ms:")
            .AppendLine();
        foreach (var q in queries)
        {
            var times = new double[queryCount];
            for (var i = 0; i < queryCount; i++)
            {
                var sw = Stopwatch.StartNew();
                using var response = await admin.GetAsync(q);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                times[i] = sw.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            report.AppendLine(CultureInfo.InvariantCulture, $"- `{q.Replace(printerIds[3], "{id}", StringComparison.Ordinal)}`: p50 {HarnessSupport.Percentile(times, 0.5):0.0} ms, p99 {HarnessSupport.Percentile(times, 0.99):0.0} ms, max {times[^1]:0.0} ms");
        }

        await app.StopAsync();
        await app.DisposeAsync();
        HarnessSupport.TryDelete(data);
        Console.WriteLine(report);
        if (only is null)
        {
            HarnessSupport.AppendResult("files.md", report.ToString());
        }

        return 0;
    }

    private static async Task SeedAsync(string database, List<string> printerIds, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var random = new Random(42);
        string[] names = ["Halterung_v3", "Benchy", "Kabelclip", "Gehaeuse_Deckel", "Schild", "Ersatzteil_Rolle", "Vase_spiral", "Zahnrad_M2"];
        (string Extension, string Type)[] types = [(".gcode.3mf", "3mf"), (".gcode", "gcode"), (".bgcode", "bgcode"), (".stl", "stl")];
        string[] statuses = ["available", "available", "available", "downloaded", "downloaded", "missing", "error", "local"];
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        const string sql =
            """
            INSERT INTO files (id, printer_id, source_path, path, name, type, size_bytes, modified_at, status, local_path, sha256,
                               downloaded_at, last_seen_at, error, etag, created_at, updated_at, inspected_sha256, preview_kind)
            VALUES (@Id, @PrinterId, @SourcePath, @Path, @Name, @Type, @Size, @Modified, @Status, @LocalPath, @Sha,
                    @Downloaded, @Modified, NULL, NULL, @Modified, @Modified, @Sha, @PreviewKind)
            """;
        static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            var (extension, type) = types[random.Next(types.Length)];
            var name = string.Create(CultureInfo.InvariantCulture, $"{names[random.Next(names.Length)]}_{i:D5}{extension}");
            var status = statuses[random.Next(statuses.Length)];
            var local = status is "downloaded" or "local";
            var printer = status == "local" ? null : printerIds[random.Next(printerIds.Count)];
            var modified = start.AddMinutes(i * 17.3);
            await connection.ExecuteAsync(sql, new
            {
                Id = Guid.NewGuid().ToString("D"),
                PrinterId = printer,
                SourcePath = printer is null ? null : "/cache/" + name,
                Path = printer is null ? "local/2026/11/" + name : "/cache/" + name,
                Name = name,
                Type = type,
                Size = random.Next(10_000, 80_000_000),
                Modified = Instant(modified),
                Status = status,
                LocalPath = local ? "P00/2026/11/" + name : null,
                Sha = local ? Convert.ToHexStringLower(BitConverter.GetBytes(i)).PadLeft(64, '0') : null,
                Downloaded = local ? Instant(modified.AddMinutes(5)) : null,
                // Local copies count as inspected already (as in a running install): the seeded paths have no content, and
                // the preview worker marking 7 500 of them unreadable would run alongside the measurements.
                PreviewKind = local ? "none" : null,
            }, transaction);
        }

        await transaction.CommitAsync();
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text));
    }
}
