using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Infrastructure.Files.Thumbnails;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Files.Thumbnails;

public sealed class MeshThumbnailRendererTests
{
    private readonly MeshThumbnailRenderer _renderer = new();

    [Test]
    public async Task RenderAsync_WhenCubeStl_ProducesAPngOfTheRequestedSizeShowingTheSilhouette()
    {
        using var directory = new TestDirectory("formats-render");
        var path = directory.Combine("cube.stl");
        await File.WriteAllBytesAsync(path, StlWriter.Cube(20));

        var result = await _renderer.RenderAsync(path, new ThumbnailRenderOptions { Width = 256, Height = 200 });

        result.Unreadable.Should().BeNull();
        result.TriangleCount.Should().Be(12);
        var image = PngDecoder.Decode(result.Png);
        image.Width.Should().Be(256);
        image.Height.Should().Be(200);

        // Centre: the cube's nearest corner, object-coloured and opaque.
        var centre = image.GetPixel(128, 100);
        (centre & 0xFF).Should().Be(0xFF);
        ((centre >> 24) & 0xFF).Should().BeGreaterThan((centre >> 8) & 0xFF, "the default object colour is orange (red > blue)");

        // Corners: transparent background.
        foreach (var (x, y) in new[] { (0, 0), (255, 0), (0, 199), (255, 199), (3, 100) })
        {
            image.GetPixel(x, y).Should().Be(0u, $"({x},{y}) is outside the object");
        }

        // The three visible faces (top, front-left, right) are shaded differently.
        var top = image.GetPixel(128, 40);
        var left = image.GetPixel(70, 130);
        var right = image.GetPixel(186, 130);
        new[] { top, left, right }.Should().OnlyContain(p => (p & 0xFF) == 0xFF);
        new[] { top, left, right }.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public async Task RenderAsync_WhenOpaqueBackgroundRequested_FillsCornersWithLightGrey()
    {
        var result = await _renderer.RenderAsync(new MemoryStream(StlWriter.Cube(5)), "cube.stl", new ThumbnailRenderOptions { TransparentBackground = false });

        var image = PngDecoder.Decode(result.Png);
        image.Width.Should().Be(512);
        image.Height.Should().Be(512);
        image.GetPixel(0, 0).Should().Be(MeshRasterizer.LightBackgroundRgba);
        image.GetPixel(256, 256).Should().NotBe(MeshRasterizer.LightBackgroundRgba);
    }

    [Test]
    public async Task RenderAsync_WhenBambuProjectWithComponents_RendersAllBuildItems()
    {
        var result = await _renderer.RenderAsync(SharedFixtures.Path("files", "bambustudio-1.7.4_sphereu_project.3mf"), new ThumbnailRenderOptions { Width = 128, Height = 128 });

        result.Unreadable.Should().BeNull();
        result.TriangleCount.Should().Be(1248);
        var image = PngDecoder.Decode(result.Png);
        image.Pixels.Where((_, i) => i % 4 == 3 && image.Pixels[i] == 255).Count().Should().BeGreaterThan(128 * 128 / 10);
    }

    [Test]
    public async Task RenderAsync_WhenAsciiStlFixture_Renders()
    {
        var result = await _renderer.RenderAsync(SharedFixtures.Path("files", "ascii-cube.stl"), new ThumbnailRenderOptions { Width = 64, Height = 64 });

        result.Succeeded.Should().BeTrue();
        PngDecoder.Decode(result.Png!).GetPixel(32, 32).Should().NotBe(0u);
    }

    [Test]
    public async Task RenderAsync_WhenSlicedProjectWithoutGeometry_SaysThereIsNothingToRender()
    {
        var result = await _renderer.RenderAsync(SharedFixtures.Path("files", "bambustudio-1.7.7_xmas-pud.gcode.3mf"));

        result.Png.Should().BeNull();
        result.Unreadable.Should().Be("unreadable: the file has no printable geometry");
    }

    [Test]
    public async Task RenderAsync_WhenGCode_SaysItHasNoMesh()
    {
        var result = await _renderer.RenderAsync(SharedFixtures.Path("files", "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode"));

        result.Unreadable.Should().Be("unreadable: GCode files have no mesh to render");
    }

    [Test]
    public async Task RenderAsync_WhenSizeIsOutOfRange_SaysSo()
    {
        var result = await _renderer.RenderAsync(new MemoryStream(StlWriter.Cube(5)), "cube.stl", new ThumbnailRenderOptions { Width = 0, Height = 10_000 });

        result.Unreadable.Should().Be("unreadable: size 0x10000 is outside 1..4096");
    }
}
