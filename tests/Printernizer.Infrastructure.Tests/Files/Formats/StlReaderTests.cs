using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

public sealed class StlReaderTests
{
    private readonly FileInspector _inspector = new();

    private static string Facet(string newline) =>
        string.Join(newline, "facet normal 0 0 1", "outer loop", "vertex 0 0 0", "vertex 1 0 0", "vertex 0 1 0", "endloop", "endfacet", string.Empty);

    [TestCase("\n")]
    [TestCase("\r")]
    [TestCase("\r\n")]
    public async Task InspectAsync_WhenAsciiStlUsesAnyLineEnd_ReadsTheFacets(string newline)
    {
        var text = "solid" + newline + Facet(newline) + "endsolid" + newline;

        var result = await _inspector.InspectAsync(new MemoryStream(Encoding.ASCII.GetBytes(text)), "t.stl");

        result.Unreadable.Should().BeNull();
        result.Mesh!.TriangleCount.Should().Be(1);
        result.Mesh.Bounds.Should().Be(new BoundingBox3(0, 0, 0, 1, 1, 0));
    }

    [Test]
    public async Task InspectAsync_WhenAsciiStlHasBomAndUpperCaseKeywords_ReadsIt()
    {
        var text = "\uFEFF  SOLID\n" + Facet("\n").ToUpperInvariant() + "ENDSOLID\n";

        var result = await _inspector.InspectAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "upper.stl");

        result.Unreadable.Should().BeNull();
        result.Mesh!.TriangleCount.Should().Be(1);
    }

    [Test]
    public async Task InspectAsync_WhenBinaryStlHasANaNCoordinate_IsUnreadable()
    {
        var bytes = new byte[84 + 50];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(80), 1);
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(84 + 12 + 16), float.NaN);

        var result = await _inspector.InspectAsync(new MemoryStream(bytes), "nan.stl");

        result.Unreadable.Should().Be("unreadable: triangle 1 has a non-finite coordinate");
    }

    [Test]
    public async Task InspectAsync_WhenStlHasNoExtensionHint_DetectsAsciiByContent()
    {
        var text = "solid x\n" + Facet("\n") + "endsolid x\n";

        var result = await _inspector.InspectAsync(new MemoryStream(Encoding.ASCII.GetBytes(text)), "download");

        result.Format.Should().Be(PrintFileFormat.Stl);
        result.Mesh!.TriangleCount.Should().Be(1);
    }

    [Test]
    public void AddPrintFilePreviews_WhenResolved_GivesTheInspectorAndRendererWithSharedLimits()
    {
        var limits = new FileFormatLimits { MaxTriangles = 1000 };
        using var provider = new ServiceCollection().AddPrintFilePreviews(limits).BuildServiceProvider();

        provider.GetRequiredService<IFileInspector>().Should().BeOfType<FileInspector>();
        provider.GetRequiredService<IThumbnailRenderer>().Should().NotBeNull();
        provider.GetRequiredService<FileFormatLimits>().Should().BeSameAs(limits);
    }
}
