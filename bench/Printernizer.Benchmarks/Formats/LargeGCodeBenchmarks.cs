using BenchmarkDotNet.Attributes;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Benchmarks.Formats;

/// <summary>
/// A 200 MB G-code costs about the same as a 2 MB one: only the head (until the first command) and the last
/// 512 KiB are read. Files are generated at setup by padding the PrusaSlicer fixture's body.
/// </summary>
[Config(typeof(FormatsBenchmarkConfig))]
public class LargeGCodeBenchmarks
{
    private readonly FileInspector _inspector = new();
    private string _directory = string.Empty;
    private string _path = string.Empty;

    [Params(2, 200)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchmarkFixtures.CreateTempDirectory("printernizer-bench-gcode");
        _path = Path.Combine(_directory, $"padded-{SizeMb}mb.gcode");
        BenchmarkFixtures.WritePaddedGCode(_path, SizeMb * 1024L * 1024);
        var check = Inspect();
        if (check.Metadata.PrintSeconds != 329 || check.Thumbnails.Count != 2)
        {
            throw new InvalidOperationException("padded file was not read correctly");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public FileInspection Inspect()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.RandomAccess);
        return _inspector.Inspect(stream, "padded.gcode");
    }
}
