using System.Text;
using BenchmarkDotNet.Attributes;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Infrastructure.Printers.Bambu;

namespace Printernizer.Benchmarks.Bambu;

/// <summary>
/// Bambu report ingestion as the driver does it per MQTT message: lenient JSON decode + delta merge into the full
/// state + normalization into a <see cref="PrinterStatusReport"/>. Target: at least 50 000 A1-sized deltas per second
/// on one core (i.e. a mean below 20 us).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRunConfig))]
public class ReportIngestionBenchmarks
{
    // Deltas as an A1/P1 sends them while printing (sizes 100-700 bytes).
    private static readonly string[] DeltaTexts =
    [
        """{"print":{"bed_temper":59.96875,"wifi_signal":"-67dBm","command":"push_status","msg":1,"sequence_id":"40941"}}""",
        """{"print":{"nozzle_temper":219.8125,"nozzle_target_temper":220,"bed_temper":60,"bed_target_temper":60,"mc_percent":37,"mc_remaining_time":41,"layer_num":58,"total_layer_num":152,"gcode_state":"RUNNING","stg_cur":0,"cooling_fan_speed":"15","heatbreak_fan_speed":"15","big_fan1_speed":"10","spd_lvl":2,"spd_mag":100,"mc_print_line_number":"184233","command":"push_status","msg":1,"sequence_id":"40942"}}""",
        """{"print":{"nozzle_temper":220.0625,"mc_percent":38,"mc_remaining_time":40,"layer_num":59,"wifi_signal":"-66dBm","hms":[],"print_error":0,"command":"push_status","msg":1,"sequence_id":"40943"}}""",
        """{"print":{"ams":{"ams":[{"id":"0","humidity":"5","temp":"0.0","tray":[{"id":"2","remain":71,"k":0.019999999552965164,"n":1,"tray_type":"PLA","tray_color":"FF80FFFF","nozzle_temp_max":"240","nozzle_temp_min":"190"}]}],"tray_now":"2","tray_pre":"2","tray_tar":"2","tray_exist_bits":"f","tray_read_done_bits":"f","ams_exist_bits":"1","version":3},"nozzle_temper":219.9375,"command":"push_status","msg":1,"sequence_id":"40944"}}""",
    ];

    private byte[][] _deltas = [];
    private byte[] _full = [];
    private BambuReportMerger _merger = new();
    private BambuStatusNormalizer _normalizer = new();
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _deltas = DeltaTexts.Select(Encoding.UTF8.GetBytes).ToArray();
        _full = File.ReadAllBytes(FindFixture("a1_idle.report_pushall.json"));
        _merger = new BambuReportMerger();
        _normalizer = new BambuStatusNormalizer();
        Ingest(_full);
    }

    /// <summary>One A1-sized delta (rotating through four realistic ones).</summary>
    [Benchmark(Baseline = true)]
    public PrinterStatusReport IngestDelta()
    {
        var payload = _deltas[_next];
        _next = (_next + 1) % _deltas.Length;
        return Ingest(payload);
    }

    /// <summary>A full A1 report (pushall reply, ~4.5 KB pretty-printed).</summary>
    [Benchmark]
    public PrinterStatusReport IngestFullReport() => Ingest(_full);

    /// <summary>Breakdown: lenient JSON decode of one delta only.</summary>
    [Benchmark]
    public object? ParseDelta()
    {
        var payload = _deltas[_next];
        _next = (_next + 1) % _deltas.Length;
        return BambuJson.ParseObject(payload);
    }

    /// <summary>Breakdown: normalization of the merged A1 state only.</summary>
    [Benchmark]
    public PrinterStatusReport NormalizeState() => _normalizer.Normalize(_merger.State!);

    private PrinterStatusReport Ingest(byte[] payload)
    {
        var root = BambuJson.ParseObject(payload)!;
        _merger.Apply(root["print"]!.AsObject());
        return _normalizer.Normalize(_merger.State!);
    }

    private static string FindFixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "bambu", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("PRINTERNIZER_FIXTURES");
        return fromEnvironment is not null ? Path.Combine(fromEnvironment, "bambu", name) : throw new FileNotFoundException(name);
    }
}
