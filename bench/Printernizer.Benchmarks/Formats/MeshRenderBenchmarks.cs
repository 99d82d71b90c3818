using BenchmarkDotNet.Attributes;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Infrastructure.Files.Thumbnails;

namespace Printernizer.Benchmarks.Formats;

/// <summary>
/// Rendering a generated 1,000,000-triangle binary STL (UV sphere, 500 x 1000 x 2) at 512 px.
/// <c>Rasterize</c>: mesh already in memory (z-buffer raster only, target &lt; 300 ms);
/// <c>RasterizeAndEncodePng</c>: plus PNG encoding; <c>LoadRenderEncodeFromFile</c>: the whole IThumbnailRenderer path.
/// </summary>
[Config(typeof(FormatsBenchmarkConfig))]
public class MeshRenderBenchmarks
{
    private readonly MeshThumbnailRenderer _renderer = new();
    private readonly ThumbnailRenderOptions _options = new() { Width = 512, Height = 512 };
    private string _directory = string.Empty;
    private string _path = string.Empty;
    private MeshBuilder _mesh = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchmarkFixtures.CreateTempDirectory("printernizer-bench-mesh");
        _path = Path.Combine(_directory, "sphere-1m.stl");
        BenchmarkFixtures.WriteSphereStl(_path, 500, 1000, 40f);
        using var stream = File.OpenRead(_path);
        _mesh = MeshLoader.Load(stream, "sphere-1m.stl", FileFormatLimits.Default, CancellationToken.None);
        if (_mesh.TriangleCount != 1_000_000)
        {
            throw new InvalidOperationException("expected 1,000,000 triangles");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _mesh = null!;
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public RgbaImage Rasterize() => MeshRasterizer.Render(_mesh.Positions, _mesh.TriangleCount, _options);

    [Benchmark]
    public byte[] RasterizeAndEncodePng() => PngEncoder.Encode(MeshRasterizer.Render(_mesh.Positions, _mesh.TriangleCount, _options));

    [Benchmark]
    public RenderedThumbnail LoadRenderEncodeFromFile()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return _renderer.Render(stream, "sphere-1m.stl", _options);
    }
}
