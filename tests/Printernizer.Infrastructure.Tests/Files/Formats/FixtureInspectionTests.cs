using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

/// <summary>
/// Every fixture in shared/fixtures/files with exact values read independently from the files
/// (grep of the comments, python zipfile/struct dumps of the blocks and parts).
/// </summary>
public sealed class FixtureInspectionTests
{
    private readonly FileInspector _inspector = new();

    private Task<FileInspection> InspectFixtureAsync(string name) => _inspector.InspectAsync(SharedFixtures.Path("files", name));

    [Test]
    public async Task InspectAsync_WhenPrusaSlicerGCode_ReadsStatisticsConfigAndBothPngThumbnails()
    {
        var result = await InspectFixtureAsync("prusaslicer-2.5.0_MINI_box_png-thumbs.gcode");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        result.Format.Should().Be(PrintFileFormat.GCode);
        result.SizeBytes.Should().Be(95_356);
        var m = result.Metadata;
        m.PrintSeconds.Should().Be(329); // 5m 29s
        m.FilamentGrams.Should().Be(0.44m);
        m.FilamentLengthMm.Should().Be(144.30m);
        m.FilamentCost.Should().Be(0.02m);
        m.FilamentType.Should().Be("PETG");
        m.FilamentTypes.Should().Equal("PETG");
        m.LayerHeightMm.Should().Be(0.2m);
        m.NozzleDiameterMm.Should().Be(0.4m);
        m.PrinterModel.Should().Be("MINI");
        m.Slicer.Should().Be("PrusaSlicer");
        m.SlicerVersion.Should().Be("2.5.0");
        m.PlateCount.Should().BeNull();
        result.Thumbnails.Select(t => (t.Width, t.Height, t.Format)).Should().Equal(
            (16, 16, ThumbnailImageFormat.Png), (220, 124, ThumbnailImageFormat.Png));
        result.Thumbnails.Select(t => t.Data.Length).Should().Equal(359, 4210);
        result.Mesh.Should().BeNull();
    }

    [Test]
    public async Task InspectAsync_WhenBgcodeWithQoiThumbnails_DecodesQoiToPngAndReadsDeflatedMetadata()
    {
        var result = await InspectFixtureAsync("prusaslicer-2.8.1_MK4S_mini_cube.bgcode");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        result.Format.Should().Be(PrintFileFormat.BGCode);
        var m = result.Metadata;
        m.PrintSeconds.Should().Be(221); // 3m 41s
        m.FilamentGrams.Should().Be(0.75m);
        m.FilamentLengthMm.Should().Be(252.22m);
        m.FilamentCost.Should().Be(0.03m);
        m.FilamentTypes.Should().Equal("PLA");
        m.LayerHeightMm.Should().Be(0.2m);
        m.NozzleDiameterMm.Should().Be(0.4m);
        m.PrinterModel.Should().Be("MK4S");
        m.Slicer.Should().Be("PrusaSlicer");
        m.SlicerVersion.Should().Be("2.8.1");
        result.Thumbnails.Select(t => (t.Width, t.Height, t.Format, t.SourceFormat)).Should().Equal(
            (16, 16, ThumbnailImageFormat.Png, ThumbnailImageFormat.Qoi),
            (313, 173, ThumbnailImageFormat.Png, ThumbnailImageFormat.Qoi));
        foreach (var thumbnail in result.Thumbnails)
        {
            var image = PngDecoder.Decode(thumbnail.Data);
            image.Width.Should().Be(thumbnail.Width);
            image.Height.Should().Be(thumbnail.Height);
        }
    }

    [Test]
    public async Task InspectAsync_WhenXlBgcodeWithUncompressedMetadata_ReadsUsedExtruderAndThreePngs()
    {
        var result = await InspectFixtureAsync("prusaslicer-2.6.0_XL5_png-thumbs_heatshrink11.bgcode");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        var m = result.Metadata;
        m.PrintSeconds.Should().Be(2678); // 44m 38s
        m.FilamentGrams.Should().Be(12.14m);
        m.FilamentLengthMm.Should().Be(4068.92m);
        m.FilamentCost.Should().Be(0.44m);
        m.FilamentTypes.Should().Equal("PLA"); // PLA;ABS;ABS;ABS;ABS configured, only tool 1 used
        m.Filaments.Should().Equal(new FilamentUsage(1, "PLA", "#FF8000", 12.14m, 4068.92m));
        m.LayerHeightMm.Should().Be(0.25m);
        m.NozzleDiameterMm.Should().Be(0.6m);
        m.PrinterModel.Should().Be("XL5");
        m.Slicer.Should().Be("PrusaSlicer");
        m.SlicerVersion.Should().Be("2.6.0+win64");
        result.Thumbnails.Select(t => (t.Width, t.Height, t.Format, t.Data.Length)).Should().Equal(
            (16, 16, ThumbnailImageFormat.Png, 680),
            (313, 173, ThumbnailImageFormat.Png, 25_910),
            (440, 240, ThumbnailImageFormat.Png, 40_916));
    }

    [Test]
    public async Task InspectAsync_WhenSlicedBambuProject_ReadsSliceInfoPerPlateAndPlatePngs()
    {
        var result = await InspectFixtureAsync("bambustudio-1.7.7_xmas-pud.gcode.3mf");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        result.Format.Should().Be(PrintFileFormat.ThreeMf);
        result.IsSlicedProject.Should().BeTrue();
        var m = result.Metadata;
        m.PrintSeconds.Should().Be(11_151);
        m.FilamentGrams.Should().Be(58.41m);
        m.FilamentLengthMm.Should().Be(18_840m);
        m.FilamentTypes.Should().Equal("PLA");
        m.Filaments.Should().Equal(
            new FilamentUsage(1, "PLA", "#84620D", 20.64m, 6810m),
            new FilamentUsage(2, "PLA", "#FFFFFF", 28.70m, 9040m),
            new FilamentUsage(3, "PLA", "#C00D1E", 4.49m, 1480m),
            new FilamentUsage(10, "PLA", "#00AE42", 4.58m, 1510m));
        m.PrinterModel.Should().Be("Bambu Lab X1 Carbon");
        m.LayerHeightMm.Should().Be(0.2m);
        m.NozzleDiameterMm.Should().Be(0.4m);
        m.Slicer.Should().Be("BambuStudio");
        m.SlicerVersion.Should().Be("01.07.07.89");
        m.LayerCount.Should().Be(192, "from the plate G-code header");
        m.PlateCount.Should().Be(1);
        var plate = m.Plates.Should().ContainSingle().Subject;
        plate.Index.Should().Be(1);
        plate.IsSliced.Should().BeTrue();
        plate.PrintSeconds.Should().Be(11_151);
        plate.FilamentGrams.Should().Be(58.41m);
        plate.GCodePart.Should().Be("Metadata/plate_1.gcode");
        plate.Filaments.Should().HaveCount(4);
        result.Thumbnails.Select(t => (t.Source, t.Width, t.Height, t.Plate)).Should().Equal(
            ("Metadata/plate_1.png", 512, 512, (int?)1),
            ("Metadata/plate_1_small.png", 128, 128, (int?)1));
        result.BestThumbnail(128, 128)!.Source.Should().Be("Metadata/plate_1_small.png");
        result.Mesh.Should().BeNull("a sliced .gcode.3mf has empty geometry");
    }

    [Test]
    public async Task InspectAsync_WhenUnslicedBambuProjectWithProductionComponents_ResolvesMeshPartsAndTranslations()
    {
        var result = await InspectFixtureAsync("bambustudio-1.7.4_sphereu_project.3mf");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        result.IsSlicedProject.Should().BeFalse();
        var m = result.Metadata;
        m.PrintSeconds.Should().BeNull();
        m.FilamentGrams.Should().BeNull();
        m.Slicer.Should().Be("BambuStudio");
        m.SlicerVersion.Should().Be("01.07.04.52");
        m.PlateCount.Should().Be(1);
        m.Plates.Should().ContainSingle().Which.IsSliced.Should().BeFalse();
        m.Filaments.Select(f => f.Slot).Should().Equal(1); // every object on extruder 1
        result.Thumbnails.Select(t => (t.Source, t.Width, t.Height)).Should().Equal(("Metadata/plate_1.png", 512, 512));

        var mesh = result.Mesh!;
        mesh.TriangleCount.Should().Be(1224 + 12 + 12);
        mesh.ObjectCount.Should().Be(3);
        // Cubes are +-12.8 mm around x = 87.65184 and x = 168.34816, all items lifted by 12.8 mm.
        mesh.Bounds!.MinX.Should().BeApproximately(87.65184 - 12.8, 1e-3);
        mesh.Bounds.MaxX.Should().BeApproximately(168.34816 + 12.8, 1e-3);
        mesh.Bounds.MinZ.Should().BeApproximately(0, 1e-3);
        mesh.Bounds.MaxZ.Should().BeApproximately(25.6, 1e-3);
        mesh.VolumeMm3.Should().BeGreaterThan(2 * 25.6 * 25.6 * 25.6);
    }

    [Test]
    public async Task InspectAsync_WhenPrusaSlicerProject_ReadsThumbnailConfigAndRotatedBuildItems()
    {
        var result = await InspectFixtureAsync("prusaslicer-2.5.0_moon_project.3mf");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        result.IsSlicedProject.Should().BeFalse();
        var m = result.Metadata;
        m.PrintSeconds.Should().BeNull("a project 3MF carries no print time");
        m.FilamentGrams.Should().BeNull();
        m.Slicer.Should().Be("PrusaSlicer");
        m.SlicerVersion.Should().Be("2.5.0+MacOS-x64");
        m.PrinterModel.Should().Be("MK3SMMU2S");
        m.LayerHeightMm.Should().Be(0.15m);
        m.NozzleDiameterMm.Should().Be(0.6m);
        m.FilamentTypes.Should().Equal("PETG", "PVA", "PVB"); // configured, not used: a project has no usage
        m.PlateCount.Should().BeNull();
        result.Thumbnails.Select(t => (t.Source, t.Width, t.Height)).Should().Equal(("Metadata/thumbnail.png", 256, 256));

        var mesh = result.Mesh!;
        mesh.TriangleCount.Should().Be(184);
        mesh.ObjectCount.Should().Be(2);
        mesh.Bounds!.MinX.Should().BeApproximately(68.3236, 1e-3);
        mesh.Bounds.MaxX.Should().BeApproximately(181.6764, 1e-3);
        mesh.Bounds.MinY.Should().BeApproximately(66.9, 1e-3);
        mesh.Bounds.MaxY.Should().BeApproximately(143.1, 1e-3);
        mesh.Bounds.MinZ.Should().BeApproximately(0, 1e-3);
        mesh.Bounds.MaxZ.Should().BeApproximately(8.89, 1e-3);
    }

    [Test]
    public async Task InspectAsync_WhenBinaryStlHeaderStartsWithSolid_ReadsItAsBinary()
    {
        var result = await InspectFixtureAsync("binary-cube_header-starts-with-solid.stl");

        result.Unreadable.Should().BeNull();
        result.Format.Should().Be(PrintFileFormat.Stl);
        result.Mesh.Should().Be(new MeshInfo(12, new BoundingBox3(0, 0, 0, 2, 2, 2), 8.0, 1));
        result.Thumbnails.Should().BeEmpty();
    }

    [Test]
    public async Task InspectAsync_WhenBinaryStlHasTrailingByte_ReadsItAsBinaryWithWarning()
    {
        var result = await InspectFixtureAsync("binary-halfdonut_solid-header_trailing-byte.stl");

        result.Unreadable.Should().BeNull();
        result.Mesh!.TriangleCount.Should().Be(288);
        result.Mesh.Bounds.Should().Be(new BoundingBox3(0, 0, 0, 3, 0.5, 3));
        result.Warnings.Should().ContainSingle().Which.Should().Contain("1 trailing bytes");
    }

    [Test]
    public async Task InspectAsync_WhenAsciiStlWithLeadingSpacesAndCrlf_ReadsAllFacets()
    {
        var result = await InspectFixtureAsync("ascii-cube.stl");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        result.Mesh.Should().Be(new MeshInfo(12, new BoundingBox3(0, 0, 0, 2, 2, 2), 8.0, 1));
    }

    [Test]
    public async Task InspectAsync_WhenGivenAStreamInsteadOfAPath_GivesTheSameResult()
    {
        var bytes = SharedFixtures.ReadBytes("files", "prusaslicer-2.8.1_MK4S_mini_cube.bgcode");
        using var nonSeekable = new NonSeekableStream(bytes);

        var result = await _inspector.InspectAsync(nonSeekable, "upload.bgcode");

        result.Unreadable.Should().BeNull();
        result.FileName.Should().Be("upload.bgcode");
        result.Metadata.PrintSeconds.Should().Be(221);
        result.Thumbnails.Should().HaveCount(2);
    }
}
