using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Printernizer.Application.Common;
using Printernizer.Application.Exports;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Exports;

namespace Printernizer.Benchmarks.Exports;

/// <summary>
/// Job export of 100,000 generated rows into a MemoryStream (as the export journal keeps the bytes): German CSV
/// (target &lt; 1 s) and xlsx via EPPlus 4.5 (target &lt; 8 s). Allocations by the MemoryDiagnoser; the peak working
/// set of the process, the CPU seconds per operation (less sensitive to a loaded machine than wall time) and the load
/// average are appended to bench/results/exports-peak.txt at cleanup.
/// Run: <c>dotnet run -c Release --project bench/Printernizer.Benchmarks -- --filter '*JobExportBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class JobExportBenchmarks
{
    /// <summary>
    /// In-process: BenchmarkDotNet's generated project fails to restore here (NU1605 downgrade of
    /// Microsoft.Extensions.* pulled in by Quartz), so the benchmarks run in the host process. The peak working set is
    /// therefore cumulative: GermanCsv runs first, so its figure is CSV + setup; the Xlsx figure is the overall peak.
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3));
    }

    private JobExportRow[] _rows = [];
    private JobExportInfo _info = null!;
    private long _lastCsvBytes;
    private long _lastXlsxBytes;
    private readonly List<double> _cpuSeconds = [];

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rows = Generate(Rows);
        _info = new JobExportInfo
        {
            Period = new BerlinDateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
            CreatedAt = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
            CompanyName = "Benchmark",
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:O} {(_lastXlsxBytes > 0 ? "after Xlsx" : "after GermanCsv")} rows={Rows} peakWorkingSetMB={process.PeakWorkingSet64 / 1024 / 1024} lastCsvBytes={_lastCsvBytes} lastXlsxBytes={_lastXlsxBytes} cpuSecondsPerOp=[{string.Join(", ", _cpuSeconds.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))}] loadAverage={ReadLoadAverage()}{Environment.NewLine}");
        _cpuSeconds.Clear();
        File.AppendAllText(Path.Combine(Program.FindRepositoryRoot(), "bench", "results", "exports-peak.txt"), line);
    }

    private static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    [Benchmark]
    public long GermanCsv()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var stream = new MemoryStream();
        new GermanCsvWriter().Write(stream, _rows, _info);
        _lastCsvBytes = stream.Length;
        _cpuSeconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        return stream.Length;
    }

    [Benchmark]
    public long Xlsx()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var stream = new MemoryStream();
        new JobsWorkbookWriter().Write(stream, _rows, _info);
        _lastXlsxBytes = stream.Length;
        _cpuSeconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        return stream.Length;
    }

    internal static JobExportRow[] Generate(int count)
    {
        string[] printers = ["Bambu A1", "Bambu A1 #2", "Prusa Core One"];
        string[] materials = ["PLA", "PETG", "ASA", "TPU"];
        var start = new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.Zero);
        var rows = new JobExportRow[count];
        for (var i = 0; i < count; i++)
        {
            var seconds = 600 + (i * 7919 % 36_000);
            var grams = 5m + (i * 104_729 % 50_000) / 100m;
            var cost = CostCalculator.Calculate(
                new CostInputs { PrintSeconds = seconds, Materials = [new MaterialUsage(materials[i % materials.Length], grams)] },
                CostRates.GermanDefaults);
            var started = start.AddMinutes(i * 5);
            rows[i] = new JobExportRow
            {
                JobId = new Guid(i, 0, 0, new byte[8]),
                PrinterName = printers[i % printers.Length],
                Name = string.Create(CultureInfo.InvariantCulture, $"Auftrag {i} Gehäuse; Deckel \"v{i % 7}\""),
                FileName = string.Create(CultureInfo.InvariantCulture, $"part_{i % 500}.3mf"),
                Status = i % 20 == 0 ? JobStatus.Failed : JobStatus.Completed,
                Category = i % 5 == 0 ? JobCategory.Private : JobCategory.Business,
                CustomerNumber = string.Create(CultureInfo.InvariantCulture, $"K-{1000 + (i % 300)}"),
                CustomerName = "Müller GmbH",
                OrderNumber = string.Create(CultureInfo.InvariantCulture, $"A-2026-{i % 9999:0000}"),
                StartedAt = started,
                EndedAt = started.AddSeconds(seconds),
                ActualSeconds = seconds,
                PausedSeconds = i % 11 == 0 ? 300 : 0,
                MaterialType = materials[i % materials.Length],
                MaterialGrams = grams,
                MaterialCost = cost.Material,
                EnergyCost = cost.Energy,
                MachineCost = cost.Machine,
                LabourCost = cost.Labour,
                FailureAllowance = cost.FailureAllowance,
                TotalCost = cost.Total,
                Notes = i % 13 == 0 ? "=1+1" : null,
            };
        }

        return rows;
    }
}
