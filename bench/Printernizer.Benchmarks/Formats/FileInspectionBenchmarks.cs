using BenchmarkDotNet.Attributes;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Benchmarks.Formats;

/// <summary>Metadata + thumbnail extraction per fixture (file opened from the page cache each time). Target &lt; 5 ms.</summary>
[Config(typeof(FormatsBenchmarkConfig))]
public class FileInspectionBenchmarks
{
    private readonly FileInspector _inspector = new();
    private string _path = string.Empty;

    [Params(
        "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode",
        "prusaslicer-2.8.1_MK4S_mini_cube.bgcode",
        "prusaslicer-2.6.0_XL5_png-thumbs_heatshrink11.bgcode",
        "bambustudio-1.7.7_xmas-pud.gcode.3mf",
        "bambustudio-1.7.4_sphereu_project.3mf",
        "prusaslicer-2.5.0_moon_project.3mf",
        "binary-halfdonut_solid-header_trailing-byte.stl",
        "ascii-cube.stl")]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(BenchmarkFixtures.FilesDirectory(), File);
        var check = Inspect();
        if (check.Unreadable is not null)
        {
            throw new InvalidOperationException(check.Unreadable);
        }
    }

    [Benchmark]
    public FileInspection Inspect()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.RandomAccess);
        return _inspector.Inspect(stream, File);
    }
}
