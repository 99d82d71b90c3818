using System.Globalization;
using System.Text;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

/// <summary>Slicer layouts from formats.md section 2 that have no real fixture yet (Cura, Orca, Bambu 2.x headers).</summary>
public sealed class GCodeReaderTests
{
    private readonly FileInspector _inspector = new();

    private Task<FileInspection> InspectTextAsync(string text, string name = "test.gcode") =>
        _inspector.InspectAsync(new MemoryStream(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))), name);

    private static string ThumbnailBlock(string tag, string size, byte[] image)
    {
        var base64 = Convert.ToBase64String(image);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"; {tag} begin {size} {base64.Length}\n");
        for (var i = 0; i < base64.Length; i += 78)
        {
            builder.Append("; ").Append(base64.AsSpan(i, Math.Min(78, base64.Length - i))).Append('\n');
        }

        builder.Append(CultureInfo.InvariantCulture, $"; {tag} end\n");
        return builder.ToString();
    }

    private static byte[] SolidPng(int width, int height)
    {
        var pixels = new byte[width * height * 4];
        pixels.AsSpan().Fill(0x80);
        return PngEncoder.Encode(pixels, width, height);
    }

    [Test]
    public async Task InspectAsync_WhenCuraGCode_ReadsTimeLengthAndComputesGrams()
    {
        var text = $"""
            ;FLAVOR:Marlin
            ;TIME:6666
            ;Filament used: 1.23456m
            ;Layer height: 0.2
            ;MINX:10.1
            ;MAXZ:20
            ;TARGET_MACHINE.NAME:Creality Ender-3
            ;Generated with Cura_SteamEngine 5.4.0
            {ThumbnailBlock("thumbnail", "4 4", SolidPng(4, 4))}
            M140 S60
            M105
            ;LAYER_COUNT:100
            """;

        var result = await InspectTextAsync(text);

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        var m = result.Metadata;
        m.Slicer.Should().Be("Cura");
        m.SlicerVersion.Should().Be("5.4.0");
        m.PrintSeconds.Should().Be(6666);
        m.FilamentLengthMm.Should().Be(1234.56m);
        var expectedGrams = Math.Round(1234.56 * Math.PI * 0.875 * 0.875 / 1000 * 1.24, 2);
        m.FilamentGrams.Should().Be((decimal)expectedGrams);
        m.LayerHeightMm.Should().Be(0.2m);
        m.PrinterModel.Should().Be("Creality Ender-3");
        result.Thumbnails.Should().ContainSingle().Which.Should().Match<EmbeddedThumbnail>(t => t.Width == 4 && t.Height == 4 && t.Format == ThumbnailImageFormat.Png);
    }

    [Test]
    public async Task InspectAsync_WhenUltimakerGriffinHeader_ReadsPrintTimeAndGramsFromVolume()
    {
        var text = """
            ;START_OF_HEADER
            ;HEADER_VERSION:0.1
            ;FLAVOR:Griffin
            ;GENERATOR.NAME:Cura_SteamEngine
            ;GENERATOR.VERSION:5.4.0
            ;TARGET_MACHINE.NAME:Ultimaker S5
            ;EXTRUDER_TRAIN.0.MATERIAL.VOLUME_USED:5032
            ;EXTRUDER_TRAIN.0.NOZZLE.DIAMETER:0.4
            ;PRINT.TIME:4852
            ;END_OF_HEADER
            ;Generated with Cura_SteamEngine 5.4.0
            T0
            M82
            """;

        var result = await InspectTextAsync(text);

        var m = result.Metadata;
        m.Slicer.Should().Be("Cura");
        m.SlicerVersion.Should().Be("5.4.0");
        m.PrintSeconds.Should().Be(4852);
        m.FilamentGrams.Should().Be(6.24m); // 5032 mm3 x 1.24 g/cm3
        m.NozzleDiameterMm.Should().Be(0.4m);
        m.PrinterModel.Should().Be("Ultimaker S5");
    }

    [Test]
    public async Task InspectAsync_WhenBambuStudio2Header_ReadsTotalTimeWeightsPerUsedSlotAndConfig()
    {
        var text = """
            ; HEADER_BLOCK_START
            ; BambuStudio 02.08.02.61
            ; model printing time: 10m 31s; total estimated time: 15m 58s
            ; total layer number: 54
            ; total filament length [mm] : 1692.42,100.00
            ; total filament volume [cm^3] : 4070.75,240.00
            ; total filament weight [g] : 5.17,0.30
            ; filament_density: 1.27,1.25,1.25
            ; filament_diameter: 1.75,1.75,1.75
            ; max_z_height: 10.80
            ; filament: 1,3
            ; HEADER_BLOCK_END

            ; CONFIG_BLOCK_START
            ; filament_type = PLA;PETG;PETG
            ; filament_colour = #FF0000;#00FF00;#0000FF
            ; layer_height = 0.16
            ; nozzle_diameter = 0.4
            ; printer_model = Bambu Lab A1
            ; change_filament_gcode = M620 S[next_extruder]A\nG1 X{a = b}
            ; CONFIG_BLOCK_END
            ; EXECUTABLE_BLOCK_START
            M73 P0 R15
            G28
            """;

        var result = await InspectTextAsync(text, "plate_1.gcode");

        result.Unreadable.Should().BeNull();
        var m = result.Metadata;
        m.Slicer.Should().Be("BambuStudio");
        m.SlicerVersion.Should().Be("02.08.02.61");
        m.PrintSeconds.Should().Be(958, "total estimated time, not model printing time");
        m.FilamentGrams.Should().Be(5.47m);
        m.FilamentLengthMm.Should().Be(1792.42m);
        m.Filaments.Should().Equal(
            new FilamentUsage(1, "PLA", "#FF0000", 5.17m, 1692.42m),
            new FilamentUsage(3, "PETG", "#0000FF", 0.30m, 100.00m));
        m.FilamentTypes.Should().Equal("PLA", "PETG");
        m.LayerCount.Should().Be(54);
        m.LayerHeightMm.Should().Be(0.16m);
        m.PrinterModel.Should().Be("Bambu Lab A1");
    }

    [Test]
    public async Task InspectAsync_WhenOrcaSlicerWithQoiAndJpgThumbnails_KeepsJpgAndConvertsQoi()
    {
        byte[] qoi = [(byte)'q', (byte)'o', (byte)'i', (byte)'f', 0, 0, 0, 3, 0, 0, 0, 2, 4, 0, 0xFE, 10, 20, 30, 0xC4, 0, 0, 0, 0, 0, 0, 0, 1];
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x06, 0x00, 0x08, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9];
        var filler = string.Concat(Enumerable.Repeat("G1 X10 Y10 E0.1\n", 200));
        var text = $"""
            ; HEADER_BLOCK_START
            ; generated by OrcaSlicer 2.1.1 on 2024-05-01 at 10:00:00
            ; total layer number: 31
            ; HEADER_BLOCK_END

            ; THUMBNAIL_BLOCK_START
            {ThumbnailBlock("thumbnail_QOI", "3x2", qoi)}; THUMBNAIL_BLOCK_END
            ; THUMBNAIL_BLOCK_START
            {ThumbnailBlock("thumbnail_JPG", "8x6", jpeg)}; THUMBNAIL_BLOCK_END
            ; EXECUTABLE_BLOCK_START
            G28
            {filler}
            ; filament used [mm] = 500.50
            ; filament used [g] = 1.49
            ; total filament used [g] = 1.49
            ; estimated printing time (normal mode) = 1d 2h 3m 4s
            ; CONFIG_BLOCK_START
            ; filament_type = PETG
            ; filament_colour = #123456
            ; layer_height = 0.28
            ; nozzle_diameter = 0.6
            ; printer_model = Voron 2.4 350
            ; CONFIG_BLOCK_END
            """;

        var result = await InspectTextAsync(text);

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().BeEmpty();
        var m = result.Metadata;
        m.Slicer.Should().Be("OrcaSlicer");
        m.SlicerVersion.Should().Be("2.1.1");
        m.PrintSeconds.Should().Be(93_784, "days are counted");
        m.FilamentGrams.Should().Be(1.49m);
        m.FilamentLengthMm.Should().Be(500.50m);
        m.Filaments.Should().Equal(new FilamentUsage(1, "PETG", "#123456", 1.49m, 500.50m));
        m.LayerCount.Should().Be(31);
        m.LayerHeightMm.Should().Be(0.28m);
        m.NozzleDiameterMm.Should().Be(0.6m);
        m.PrinterModel.Should().Be("Voron 2.4 350");
        result.Thumbnails.Select(t => (t.Width, t.Height, t.Format, t.SourceFormat)).Should().Equal(
            (3, 2, ThumbnailImageFormat.Png, ThumbnailImageFormat.Qoi),
            (8, 6, ThumbnailImageFormat.Jpeg, ThumbnailImageFormat.Jpeg));
        result.Thumbnails[1].Data.Should().Equal(jpeg);
        var decoded = PngDecoder.Decode(result.Thumbnails[0].Data);
        decoded.GetPixel(0, 0).Should().Be(0x0A141EFFu);
        decoded.GetPixel(2, 1).Should().Be(0x0A141EFFu);
    }

    [Test]
    public async Task InspectAsync_WhenThumbnailLengthDoesNotMatch_WarnsAndSkipsIt()
    {
        var block = ThumbnailBlock("thumbnail", "4x4", SolidPng(4, 4));
        var broken = block.Replace("4x4 ", "4x4 1", StringComparison.Ordinal); // declared length now far larger
        var text = "; generated by PrusaSlicer 2.7.0 on 2024-01-01 at 10:00:00 UTC\n" + broken + "M73 P0 R12\nG28\n";

        var result = await InspectTextAsync(text);

        result.Unreadable.Should().BeNull();
        result.Thumbnails.Should().BeEmpty();
        result.Warnings.Should().ContainSingle().Which.Should().StartWith("thumbnail damaged: gcode thumbnail 4x4:");
        result.Metadata.PrintSeconds.Should().Be(720, "the first M73 P0 R<minutes> is the fallback");
    }

    [Test]
    public async Task InspectAsync_WhenThumbnailDeclaresHugeDimensions_RejectsItBeforeDecoding()
    {
        var text = "; thumbnail begin 100000x100000 8\n; iVBORw0K\n; thumbnail end\nG28\n";

        var result = await InspectTextAsync(text);

        result.Thumbnails.Should().BeEmpty();
        result.Warnings.Should().ContainSingle().Which.Should().Contain("dimensions over the limit");
    }

    [Test]
    public async Task InspectAsync_WhenFileIsHuge_ReadsOnlyTheHeadAndTheTail()
    {
        var fixture = SharedFixtures.ReadBytes("files", "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode");
        var split = Array.IndexOf(fixture, (byte)'\n', fixture.Length / 2) + 1;
        var filler = Encoding.ASCII.GetBytes("G1 X110.123 Y95.456 E0.04512\n");
        using var stream = new CountingVirtualStream(fixture[..split], filler, 200L * 1024 * 1024 / filler.Length, fixture[split..]);
        stream.Length.Should().BeGreaterThan(200L * 1024 * 1024);

        var result = await _inspector.InspectAsync(stream, "huge.gcode");

        result.Unreadable.Should().BeNull();
        result.Metadata.PrintSeconds.Should().Be(329);
        result.Metadata.FilamentGrams.Should().Be(0.44m);
        result.Metadata.PrinterModel.Should().Be("MINI");
        result.Thumbnails.Should().HaveCount(2);
        stream.BytesRead.Should().BeLessThan(1024 * 1024, "only the head (until the first command) and the last 512 KiB are read");
    }

    [Test]
    public async Task InspectAsync_WhenCultureIsGerman_StillParsesDotDecimals()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var result = await _inspector.InspectAsync(SharedFixtures.Path("files", "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode"));

            result.Metadata.FilamentGrams.Should().Be(0.44m);
            result.Metadata.LayerHeightMm.Should().Be(0.2m);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public async Task InspectAsync_WhenGCodeExtensionButBinaryGCodeContent_TrustsTheContent()
    {
        var bytes = SharedFixtures.ReadBytes("files", "prusaslicer-2.8.1_MK4S_mini_cube.bgcode");

        var result = await _inspector.InspectAsync(new MemoryStream(bytes), "renamed.gcode");

        result.Format.Should().Be(PrintFileFormat.BGCode);
        result.Metadata.PrintSeconds.Should().Be(221);
    }

    [Test]
    public async Task InspectAsync_WhenLinesAreOverlong_SkipsThemWithoutBufferingThem()
    {
        var text = "; generated by PrusaSlicer 2.7.0 on x\n; junk = " + new string('x', 200_000) + "\n; layer_height = 0.3\nG28\n";

        var result = await InspectTextAsync(text);

        result.Unreadable.Should().BeNull();
        result.Metadata.LayerHeightMm.Should().Be(0.3m);
        result.Metadata.Slicer.Should().Be("PrusaSlicer");
    }

    [TestCase("1d 2h 3m 4s", 93_784)]
    [TestCase("5m 29s", 329)]
    [TestCase("20s", 20)]
    [TestCase("3h 5m 51s", 11_151)]
    [TestCase("2d", 172_800)]
    [TestCase("11151", 11_151)]
    [TestCase("", null)]
    [TestCase("soon", null)]
    public void ParseSeconds_WhenSlicerDuration_SumsAllUnitsIncludingDays(string text, int? expected)
    {
        DurationParser.ParseSeconds(text).Should().Be(expected);
    }
}
