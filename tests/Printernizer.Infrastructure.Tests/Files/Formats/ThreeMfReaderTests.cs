using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

/// <summary>3MF rules from formats.md section 4 on small generated packages.</summary>
public sealed class ThreeMfReaderTests
{
    private readonly FileInspector _inspector = new();

    private Task<FileInspection> InspectAsync(byte[] content, string name) => _inspector.InspectAsync(new MemoryStream(content), name);

    [Test]
    public async Task InspectAsync_WhenBuildItemIsNotPrintable_LeavesItOutOfTheMesh()
    {
        var model = TestPackages.CubeModel(buildExtra: """<item objectid="1" transform="1 0 0 0 1 0 0 0 1 500 0 0" printable="0"/>""");

        var result = await InspectAsync(TestPackages.ThreeMf(model), "two.3mf");

        result.Mesh!.ObjectCount.Should().Be(1);
        result.Mesh.TriangleCount.Should().Be(12);
        result.Mesh.Bounds!.MaxX.Should().Be(110);
    }

    [Test]
    public async Task InspectAsync_WhenComponentsAreNestedWithTransforms_AppliesInnermostFirst()
    {
        // Object 2 = object 1 scaled x2 about the origin; object 3 = object 2 moved by (5, 0, 0); build item moves by (100, 100, 0).
        var extra = """
            <object id="2" type="model"><components><component objectid="1" transform="2 0 0 0 2 0 0 0 2 0 0 0"/></components></object>
            <object id="3" type="model"><components><component objectid="2" transform="1 0 0 0 1 0 0 0 1 5 0 0"/></components></object>
            """;
        var model = TestPackages.CubeModel(extra).Replace("""<item objectid="1" """, """<item objectid="3" """, StringComparison.Ordinal);

        var result = await InspectAsync(TestPackages.ThreeMf(model), "nested.3mf");

        result.Unreadable.Should().BeNull();
        result.Mesh!.Bounds.Should().Be(new BoundingBox3(105, 100, 0, 125, 120, 20));
        result.Mesh.VolumeMm3.Should().BeApproximately(8000, 0.01);
    }

    [Test]
    public async Task InspectAsync_WhenBambuProjectHasTwoSlicedPlates_ReportsEachPlateAndTheTotals()
    {
        var sliceInfo = """
            <?xml version="1.0" encoding="UTF-8"?>
            <config>
              <header><header_item key="X-BBL-Client-Version" value="02.01.00.59"/></header>
              <plate>
                <metadata key="index" value="1"/><metadata key="prediction" value="3600"/><metadata key="weight" value="10.50"/>
                <filament id="1" type="PLA" color="#FF0000" used_m="3.00" used_g="10.50" />
              </plate>
              <plate>
                <metadata key="index" value="2"/><metadata key="prediction" value="600"/><metadata key="weight" value="2.00"/>
                <metadata key="some_new_key" value="ignored"/>
                <filament id="1" type="PLA" color="#FF0000" used_m="0.50" used_g="1.50" tray_info_idx="GFA00" />
                <filament id="4" type="PETG-CF" color="#000000FF" used_m="0.20" used_g="0.50" />
              </plate>
            </config>
            """;
        var pixels = new byte[4 * 4 * 4];
        var png = Convert.ToBase64String(PngEncoder.Encode(pixels, 4, 4));
        var zip = TestPackages.Zip(
            System.IO.Compression.CompressionLevel.Fastest,
            [
                ("[Content_Types].xml", System.Text.Encoding.UTF8.GetBytes(TestPackages.ContentTypes)),
                ("_rels/.rels", System.Text.Encoding.UTF8.GetBytes(TestPackages.RootRels)),
                ("3D/3dmodel.model", System.Text.Encoding.UTF8.GetBytes(TestPackages.CubeModel().Replace("<resources>", """<metadata name="Application">BambuStudio-02.01.00.59</metadata><resources>""", StringComparison.Ordinal))),
                ("Metadata/slice_info.config", System.Text.Encoding.UTF8.GetBytes(sliceInfo)),
                ("Metadata/plate_1.gcode", "; HEADER_BLOCK_START\n"u8.ToArray()),
                ("Metadata/plate_2.gcode", "; HEADER_BLOCK_START\n"u8.ToArray()),
                ("Metadata/plate_2.png", Convert.FromBase64String(png)),
                ("Metadata/plate_2_small.png", Convert.FromBase64String(png)),
                ("Metadata/pick_2.png", Convert.FromBase64String(png)),
            ]);

        var result = await InspectAsync(zip, "two-plates.gcode.3mf");

        result.Unreadable.Should().BeNull();
        result.IsSlicedProject.Should().BeTrue();
        var m = result.Metadata;
        m.Slicer.Should().Be("BambuStudio");
        m.SlicerVersion.Should().Be("02.01.00.59");
        m.PlateCount.Should().Be(2);
        m.Plates.Select(p => (p.Index, p.PrintSeconds, p.FilamentGrams, p.GCodePart)).Should().Equal(
            (1, (int?)3600, (decimal?)10.50m, "Metadata/plate_1.gcode"),
            (2, (int?)600, (decimal?)2.00m, "Metadata/plate_2.gcode"));
        m.PrintSeconds.Should().Be(4200);
        m.FilamentGrams.Should().Be(12.50m);
        m.Filaments.Should().Equal(
            new FilamentUsage(1, "PLA", "#FF0000", 12.00m, 3500m),
            new FilamentUsage(4, "PETG-CF", "#000000", 0.50m, 200m));
        m.FilamentTypes.Should().Equal("PLA", "PETG-CF");
        result.Thumbnails.Select(t => t.Source).Should().Equal("Metadata/plate_2.png", "Metadata/plate_2_small.png");
        result.Mesh!.TriangleCount.Should().Be(12);
    }

    [Test]
    public async Task InspectAsync_WhenDuplicateEntryNames_UsesTheFirst()
    {
        var zip = TestPackages.ThreeMf(TestPackages.CubeModel(), ("3D/3dmodel.model", "<not-xml"));

        var result = await InspectAsync(zip, "dup.3mf");

        result.Unreadable.Should().BeNull();
        result.Mesh!.TriangleCount.Should().Be(12);
    }
}
