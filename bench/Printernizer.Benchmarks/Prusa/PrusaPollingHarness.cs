using System.Diagnostics;
using System.Globalization;
using System.Text;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Prusa;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Benchmarks.Prusa;

/// <summary>
/// Load harness: N <see cref="PrusaPrinterDriver"/>s poll N simulated PrusaLink printers (one simulator in a child
/// process, one port per printer) at a fixed interval and the harness measures the achieved poll rate, the
/// driver process' CPU share and memory.
/// <code>
/// dotnet run -c Release --project bench/Printernizer.Benchmarks -- --prusa-load [--printers 100] [--seconds 30] [--interval 1]
/// </code>
/// Results go to bench/results/prusa.md.
/// </summary>
public static class PrusaPollingHarness
{
    public const string LoadSwitch = "--prusa-load";
    public const string SimulatorSwitch = "--prusa-sim";

    public static int Run(string[] args)
    {
        if (args.Contains(SimulatorSwitch))
        {
            return RunSimulatorAsync(int.Parse(Arg(args, SimulatorSwitch, "100"), CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
        }

        var printers = int.Parse(Arg(args, "--printers", "100"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(Arg(args, "--seconds", "30"), CultureInfo.InvariantCulture);
        var interval = double.Parse(Arg(args, "--interval", "1"), CultureInfo.InvariantCulture);
        return RunLoadAsync(printers, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(interval)).GetAwaiter().GetResult();
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : fallback;
    }

    /// <summary>Child process: serves <paramref name="count"/> printers, prints their ports, runs until stdin closes.</summary>
    private static async Task<int> RunSimulatorAsync(int count)
    {
        await using var simulator = await PrusaLinkSimulator.StartNewAsync(count);
        for (var i = 0; i < simulator.Printers.Count; i++)
        {
            // Half the farm prints (job in status, /api/v1/job read once), the rest idles.
            if (i % 2 == 0)
            {
                simulator.Printers[i].StartJob(string.Create(CultureInfo.InvariantCulture, $"part_{i}_0.4n_PETG.bgcode"), progress: 10 + (i % 80), timeRemaining: 3600, timePrinting: 600);
            }
        }

        Console.WriteLine("PORTS " + string.Join(',', simulator.Printers.Select(p => p.Port.ToString(CultureInfo.InvariantCulture))));
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        var requests = simulator.Printers.Sum(p => p.Requests.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"REQUESTS {requests}"));
        return 0;
    }

    private static async Task<int> RunLoadAsync(int printerCount, TimeSpan duration, TimeSpan interval)
    {
        var entry = typeof(PrusaPollingHarness).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? "dotnet") == "dotnet")
        {
            start.ArgumentList.Add(entry);
        }

        start.ArgumentList.Add(SimulatorSwitch);
        start.ArgumentList.Add(printerCount.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the simulator process.");
        try
        {
            var line = await child.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The simulator process said nothing.");
            var ports = line["PORTS ".Length..].Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            Console.WriteLine($"Simulator (pid {child.Id}) serves {ports.Length} printers. Polling every {interval.TotalSeconds} s for {duration.TotalSeconds} s (+5 s warm-up)...");

            var options = new PrusaDriverOptions
            {
                IdleInterval = interval,
                ActiveJobInterval = interval,
                FastInterval = interval,
                RequestTimeout = TimeSpan.FromSeconds(10),
                ReadLoadedMaterial = true,
            };
            var sink = new CountingSink();
            using var stop = new CancellationTokenSource();
            var drivers = ports.Select((port, i) => new PrusaPrinterDriver(
                new PrinterConnectionSettings
                {
                    PrinterId = Guid.NewGuid(),
                    Name = string.Create(CultureInfo.InvariantCulture, $"CORE One #{i}"),
                    Kind = PrinterKind.Prusa,
                    Host = "127.0.0.1",
                    HttpPort = port,
                    ApiKey = PrusaLinkSimulator.DefaultApiKey,
                },
                options)).ToList();
            var runs = drivers.Select(d => Task.Run(() => RunWithRetryAsync(d, sink, stop.Token))).ToList();

            await Task.Delay(TimeSpan.FromSeconds(5));
            var self = Process.GetCurrentProcess();
            child.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var childCpu0 = child.TotalProcessorTime;
            var reports0 = sink.Reports;
            var alloc0 = GC.GetTotalAllocatedBytes(precise: false);
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var loadAverage = LoadAverage();
            var wall = Stopwatch.StartNew();
            long peakWorkingSet = 0;
            while (wall.Elapsed < duration)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                self.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, self.WorkingSet64);
            }

            wall.Stop();
            self.Refresh();
            child.Refresh();
            var cpu = self.TotalProcessorTime - cpu0;
            var childCpu = child.TotalProcessorTime - childCpu0;
            var polls = sink.Reports - reports0;
            var allocated = GC.GetTotalAllocatedBytes(precise: false) - alloc0;
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
            var managed = GC.GetTotalMemory(forceFullCollection: false);
            var workingSet = self.WorkingSet64;

            await stop.CancelAsync();
            await Task.WhenAll(runs.Select(r => r.ContinueWith(_ => { }, TaskScheduler.Default)));
            foreach (var driver in drivers)
            {
                await driver.DisposeAsync();
            }

            var target = printerCount / interval.TotalSeconds;
            var rate = polls / wall.Elapsed.TotalSeconds;
            var cores = Environment.ProcessorCount;
            var result = new StringBuilder();
            result.AppendLine("# Prusa (PrusaLink) polling load");
            result.AppendLine();
            result.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {cores} cores, .NET {Environment.Version}, Release, `--prusa-load --printers {printerCount} --seconds {duration.TotalSeconds} --interval {interval.TotalSeconds}`.");
            result.AppendLine();
            result.AppendLine(CultureInfo.InvariantCulture, $"{printerCount} `PrusaPrinterDriver`s (one `HttpClient`/`SocketsHttpHandler` each, X-Api-Key) poll {printerCount} simulated Buddy printers (one Kestrel server in a child process, one loopback port per printer; half of them printing) every {interval.TotalSeconds} s. Measured over {wall.Elapsed.TotalSeconds:0.0} s after a 5 s warm-up. Each poll = `GET /api/v1/status` → normalized `PrinterStatusReport` → sink.");
            result.AppendLine();
            result.AppendLine("| Metric | Value |");
            result.AppendLine("|---|---|");
            result.AppendLine(CultureInfo.InvariantCulture, $"| Polls completed | {polls} |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| Achieved poll rate | {rate:0.0}/s (target {target:0.0}/s, {100 * rate / target:0.0} %) |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| Driver process CPU | {cpu.TotalSeconds:0.00} s over {wall.Elapsed.TotalSeconds:0.0} s = {100 * cpu.TotalSeconds / wall.Elapsed.TotalSeconds:0.0} % of one core ({100 * cpu.TotalSeconds / wall.Elapsed.TotalSeconds / cores:0.0} % of the machine) |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| CPU per poll (driver side) | {1000 * cpu.TotalMilliseconds / Math.Max(1, polls):0} µs |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| Simulator process CPU (for reference) | {100 * childCpu.TotalSeconds / wall.Elapsed.TotalSeconds:0.0} % of one core |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| Working set (end / peak) | {workingSet / 1048576.0:0.0} MiB / {peakWorkingSet / 1048576.0:0.0} MiB |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| GC heap size / managed memory in use | {heap / 1048576.0:0.0} MiB / {managed / 1048576.0:0.0} MiB |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| Allocated per poll | {allocated / (double)Math.Max(1, polls) / 1024:0.0} KiB |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| GCs during the run | gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2} |");
            result.AppendLine(CultureInfo.InvariantCulture, $"| RunAsync failures (restarted like the connection manager would) | {sink.Failures}{(sink.FirstFailure is null ? string.Empty : " — first: " + sink.FirstFailure)} |");
            result.AppendLine();
            result.AppendLine(CultureInfo.InvariantCulture, $"Notes: load average at the start of the run: {loadAverage} — the machine is shared (2 cores, other agents building and testing), so CPU figures are upper bounds. Intervals are measured start to start, so the request time does not stretch them; what is left between achieved and target rate is the edge of the measuring window and timer slack. \"GC heap size\" is as of the last GC.");
            Console.WriteLine(result);
            var path = Path.Combine(Program.FindRepositoryRoot(), "bench", "results", "prusa.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, result.ToString());
            Console.WriteLine("Written to " + path);
            return 0;
        }
        finally
        {
            child.StandardInput.Close();
            if (!child.WaitForExit(5000))
            {
                child.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>What the connection manager does: restart RunAsync after a failure (1 s pause).</summary>
    private static async Task RunWithRetryAsync(PrusaPrinterDriver driver, CountingSink sink, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await driver.RunAsync(sink, stop);
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                sink.Failed(ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    private sealed class CountingSink : IPrinterDriverSink
    {
        private long _reports;
        private long _failures;
        private string? _firstFailure;

        public string? FirstFailure => Volatile.Read(ref _firstFailure);

        public void Failed(Exception ex)
        {
            Interlocked.Increment(ref _failures);
            Interlocked.CompareExchange(ref _firstFailure, ex.GetType().Name + ": " + ex.Message, null);
        }

        public long Reports => Interlocked.Read(ref _reports);

        public long Failures => Interlocked.Read(ref _failures);

        public ValueTask StatusAsync(PrinterStatusReport report, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reports);
            return ValueTask.CompletedTask;
        }

        public ValueTask CertificatePinnedAsync(string sha256Fingerprint, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask PrinterInfoAsync(PrinterInfo info, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
