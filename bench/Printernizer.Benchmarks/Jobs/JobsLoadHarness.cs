using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Api;

namespace Printernizer.Benchmarks.Jobs;

/// <summary>
/// Load harness for issue 5 (run on demand, never in tests):
/// <c>--jobs-load [--printers 500] [--clients 20] [--seconds 60]</c>: simulated printers at 1 status/s each into the real
/// pipeline (driver → MediatR → job tracker → SQLite → SSE) with SSE clients; measures update → client latency,
/// backlog and server memory.
/// <c>--jobs-query [--jobs 200000] [--queries 300]</c>: the job list with filters over a large history.
/// </summary>
public static class JobsLoadHarness
{
    public const string LoadSwitch = "--jobs-load";
    public const string QuerySwitch = "--jobs-query";

    public static int Run(string[] args)
    {
        var options = Options.Parse(args);
        return args.Contains(QuerySwitch) ? RunQueries(options).GetAwaiter().GetResult() : RunLoad(options).GetAwaiter().GetResult();
    }

    private static async Task<int> RunLoad(Options o)
    {
        var data = Path.Combine(Path.GetTempPath(), "printernizer-load-" + Guid.NewGuid().ToString("N"));
        var port = HarnessSupport.FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";

        // The server runs as its own process (the real Api, as deployed), so its memory and CPU are measured apart from
        // the SSE clients of this harness. The simulated printers are drivers inside the server, as in demo mode.
        using var server = StartServer(data, port);
        using var handler = new HttpClientHandler { UseCookies = true };
        using var admin = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        await WaitForHealthAsync(admin, server);
        (await admin.PostAsJsonAsync("/api/v1/auth/setup", new { username = "admin", password = "load test password" })).EnsureSuccessStatusCode();

        var latencies = new List<double>[o.Clients];
        var received = new long[o.Clients];
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, o.Clients).Select(i =>
        {
            latencies[i] = new List<double>(capacity: o.Printers * o.Seconds);
            return Task.Run(() => ReadEventsAsync(baseUrl, handler.CookieContainer, latencies[i], received, i, stop.Token));
        }).ToList();

        var created = Stopwatch.StartNew();
        for (var i = 0; i < o.Printers; i++)
        {
            (await admin.PostAsJsonAsync("/api/v1/printers", new { name = $"Sim {i:D3}", kind = "simulated" })).EnsureSuccessStatusCode();
        }

        Console.WriteLine($"{o.Printers} printers created in {created.Elapsed.TotalSeconds:0.0} s; warming up {o.Warmup} s");
        await Task.Delay(TimeSpan.FromSeconds(o.Warmup));
        foreach (var list in latencies)
        {
            lock (list)
            {
                list.Clear();
            }
        }

        Array.Clear(received);
        server.Refresh();
        var cpuStart = server.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long peakWorkingSet = 0;
        long peakPrivate = 0;
        var backlog = new List<long>();
        for (var s = 0; s < o.Seconds; s++)
        {
            await Task.Delay(1000);
            server.Refresh();
            peakWorkingSet = Math.Max(peakWorkingSet, server.WorkingSet64);
            peakPrivate = Math.Max(peakPrivate, server.PrivateMemorySize64);
            backlog.Add(latencies.Sum(l => { lock (l) { return (long)l.Count; } }));
        }

        var cpu = (server.TotalProcessorTime - cpuStart).TotalSeconds / wall.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(clients).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/jobs?pageSize=1");
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
        HarnessSupport.TryDelete(data);

        // Received events per second in the first and the last third: equal rates mean no backlog builds up.
        var third = Math.Max(1, backlog.Count / 3);
        var firstRate = (backlog[third - 1] - 0) / (double)third / o.Clients;
        var lastRate = (backlog[^1] - backlog[^(third + 1)]) / (double)third / o.Clients;

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Live pipeline load ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- {o.Printers} simulated printers at 1 status/s, {o.Clients} SSE clients, {o.Seconds} s measured after {o.Warmup} s warm-up, {Environment.ProcessorCount} cores")
            .AppendLine(CultureInfo.InvariantCulture, $"- status events received per client: {received.Average() / o.Seconds:0} /s (expected ≈ {o.Printers} /s; coalescing may merge some)")
            .AppendLine(CultureInfo.InvariantCulture, $"- update → SSE client latency: p50 {HarnessSupport.Percentile(all, 0.50):0.0} ms, p99 {HarnessSupport.Percentile(all, 0.99):0.0} ms, max {all.LastOrDefault():0.0} ms (target p99 < 50 ms)")
            .AppendLine(CultureInfo.InvariantCulture, $"- events per client and second, first vs last third of the run: {firstRate:0} vs {lastRate:0} (no backlog growth when equal)")
            .AppendLine(CultureInfo.InvariantCulture, $"- server process (real Api as its own process, incl. the {o.Printers} simulated printer drivers; the SSE clients run in the harness): peak working set {peakWorkingSet / 1048576.0:0} MB, peak private memory {peakPrivate / 1048576.0:0} MB (target < 250 MB)")
            .AppendLine(CultureInfo.InvariantCulture, $"- server CPU: {cpu * 100:0} % of one core")
            .AppendLine(CultureInfo.InvariantCulture, $"- jobs recorded during the run: {jobs.GetProperty("totalCount").GetInt64()}")
            .ToString();
        Console.WriteLine(report);
        HarnessSupport.AppendResult("jobs.md", report);
        return 0;
    }

    private static async Task ReadEventsAsync(string baseUrl, System.Net.CookieContainer cookies, List<double> latencies, long[] received, int index, CancellationToken cancellationToken)
    {
        // Like a browser's EventSource: reconnect when the server ends the stream.
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ReadStreamAsync(baseUrl, cookies, latencies, received, index, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                await Console.Error.WriteLineAsync($"SSE client {index}: {ex.Message}; reconnecting");
            }
        }
    }

    private static async Task ReadStreamAsync(string baseUrl, System.Net.CookieContainer cookies, List<double> latencies, long[] received, int index, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = Timeout.InfiniteTimeSpan };
        using var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"SSE client {index}: HTTP {(int)response.StatusCode}");
            return;
        }

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var isStatus = false;
        while (!cancellationToken.IsCancellationRequested && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                isStatus = line == "event: printer.status";
            }
            else if (isStatus && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var at = line.IndexOf("\"updatedAt\":\"", StringComparison.Ordinal);
                if (at > 0)
                {
                    var end = line.IndexOf('"', at + 13);
                    var sent = DateTimeOffset.Parse(line.AsSpan(at + 13, end - at - 13), CultureInfo.InvariantCulture);
                    lock (latencies)
                    {
                        latencies.Add((DateTimeOffset.UtcNow - sent).TotalMilliseconds);
                    }

                    Interlocked.Increment(ref received[index]);
                }
            }
        }
    }

    private static Process StartServer(string data, int port)
    {
        var api = Path.Combine(AppContext.BaseDirectory, "Printernizer.Api.dll");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = false };
        foreach (var arg in (string[])[
                     "exec", api, "--data", data, "--urls", $"http://127.0.0.1:{port}",
                     "--Printernizer:PasswordIterations=1000", "--Printernizer:Simulation:Speed=20",
                     "--Printernizer:Simulation:TickInterval=00:00:01", "--Logging:LogLevel:Default=Warning"])
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the Api");
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"the Api exited with {server.ExitCode}");
            }

            try
            {
                if ((await client.GetAsync("/api/v1/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the Api did not become healthy within 60 s");
    }

    private static async Task<int> RunQueries(Options o)
    {
        var data = Path.Combine(Path.GetTempPath(), "printernizer-query-" + Guid.NewGuid().ToString("N"));
        var port = HarnessSupport.FreePort();
        var app = PrinternizerHost.Build(["--data", data, "--urls", $"http://127.0.0.1:{port}", "--Printernizer:PasswordIterations=1000", "--Logging:LogLevel:Default=Warning"]);
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
        await SeedJobsAsync(Path.Combine(data, "printernizer.db"), printerIds, o.Jobs);
        Console.WriteLine($"seeded {o.Jobs} jobs in {seed.Elapsed.TotalSeconds:0.0} s");

        string[] queries =
        [
            "/api/v1/jobs",
            "/api/v1/jobs?status=completed&sort=-startedAt",
            $"/api/v1/jobs?printerId={printerIds[3]}&from=2026-03-01&to=2026-03-31",
            "/api/v1/jobs?category=business&from=2026-01-01&to=2026-06-30&page=3",
            "/api/v1/jobs?search=Halterung&pageSize=100",
            "/api/v1/jobs?sort=-actualSeconds&status=failed",
        ];
        foreach (var q in queries)
        {
            (await admin.GetAsync(q)).EnsureSuccessStatusCode(); // warm-up
        }

        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"## Job list queries over {o.Jobs:N0} jobs ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)").AppendLine();
        foreach (var q in queries)
        {
            var times = new double[o.Queries];
            for (var i = 0; i < o.Queries; i++)
            {
                var sw = Stopwatch.StartNew();
                (await admin.GetAsync(q)).EnsureSuccessStatusCode();
                times[i] = sw.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            report.AppendLine(CultureInfo.InvariantCulture, $"- `{q.Replace(printerIds[3], "{id}", StringComparison.Ordinal)}`: p50 {HarnessSupport.Percentile(times, 0.5):0.0} ms, p99 {HarnessSupport.Percentile(times, 0.99):0.0} ms (HTTP round trip, target p99 < 20 ms)");
        }

        await app.StopAsync();
        await app.DisposeAsync();
        if (Environment.GetCommandLineArgs().Contains("--keep"))
        {
            Console.WriteLine($"database kept: {Path.Combine(data, "printernizer.db")}");
        }
        else
        {
            HarnessSupport.TryDelete(data);
        }

        Console.WriteLine(report);
        HarnessSupport.AppendResult("jobs.md", report.ToString());
        return 0;
    }

    private static async Task SeedJobsAsync(string database, List<string> printerIds, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var random = new Random(42);
        string[] names = ["Halterung_v3", "Benchy", "Kabelclip", "Gehaeuse", "Schild", "Rolle", "Vase", "Zahnrad"];
        string[] statuses = ["completed", "completed", "completed", "completed", "failed", "cancelled", "interrupted"];
        string[] categories = ["business", "private", "unassigned"];
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        const string sql =
            """
            INSERT INTO jobs (id, printer_id, external_id, name, file_name, status, started_at, ended_at, progress_percent, category,
                              last_seen_at, updated_at, actual_seconds)
            VALUES (@Id, @PrinterId, @ExternalId, @Name, @FileName, @Status, @StartedAt, @EndedAt, '100', @Category, @EndedAt, @EndedAt, @Actual)
            """;
        for (var i = 0; i < count; i++)
        {
            var started = start.AddMinutes(i * 3.5);
            var actual = random.Next(600, 20000);
            var name = names[random.Next(names.Length)];
            await connection.ExecuteAsync(sql, new
            {
                Id = Guid.NewGuid().ToString("D"),
                PrinterId = printerIds[random.Next(printerIds.Count)],
                ExternalId = "seed-" + i.ToString(CultureInfo.InvariantCulture),
                Name = name,
                FileName = name + ".gcode",
                Status = statuses[random.Next(statuses.Length)],
                StartedAt = started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                EndedAt = started.AddSeconds(actual).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                Category = categories[random.Next(categories.Length)],
                Actual = actual,
            }, transaction);
        }

        await transaction.CommitAsync();
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text));
    }

    private sealed record Options(int Printers, int Clients, int Seconds, int Jobs, int Queries, int Warmup)
    {
        public static Options Parse(string[] args)
        {
            int Get(string name, int fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
            }

            return new Options(Get("--printers", 500), Get("--clients", 20), Get("--seconds", 60), Get("--jobs", 200_000), Get("--queries", 300), Get("--warmup", 10));
        }
    }
}
