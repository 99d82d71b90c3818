using System.IO.Compression;
using System.Text;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

/// <summary>Broken and hostile files: every one ends as a clear reason, never an exception, crash or hang.</summary>
public sealed class HostileInputTests
{
    private const string MiniCube = "prusaslicer-2.8.1_MK4S_mini_cube.bgcode";

    private readonly FileInspector _inspector = new();

    private Task<FileInspection> InspectAsync(byte[] content, string name) => _inspector.InspectAsync(new MemoryStream(content), name);

    [Test]
    public async Task InspectAsync_WhenBgcodeBlockCrcIsCorrupted_ReportsTheDamagedBlockAndKeepsTheRest()
    {
        using var directory = new TestDirectory("formats-crc");
        var bytes = SharedFixtures.ReadBytes("files", MiniCube);
        // Block 1 (file metadata) is 8 + 2 + 66 + 4 bytes after the 10-byte header; block 2 (printer metadata) follows.
        // Its payload starts 10 bytes into the block: flip a byte in "printer_model=MK4S".
        bytes[90 + 10 + 5] ^= 0x20;
        var path = directory.Combine("damaged.bgcode");
        await File.WriteAllBytesAsync(path, bytes);

        var result = await _inspector.InspectAsync(path);

        result.Unreadable.Should().BeNull("one bad block does not make the whole file unreadable");
        result.Warnings.Should().ContainSingle().Which.Should().Be("damaged: CRC mismatch in block 2 (printer metadata); block ignored");
        result.Metadata.PrintSeconds.Should().Be(221, "print metadata comes from an intact block");
        result.Thumbnails.Should().HaveCount(2);
    }

    [Test]
    public async Task InspectAsync_WhenBgcodeThumbnailCrcIsCorrupted_DropsOnlyThatThumbnail()
    {
        var bytes = SharedFixtures.ReadBytes("files", MiniCube);
        // Block 3 (16x16 QOI) starts at 90 + 8 + 2 + 600 + 4 = 704; its data at 704 + 8 + 6.
        bytes[704 + 14 + 20] ^= 0xFF;

        var result = await InspectAsync(bytes, "thumb.bgcode");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().ContainSingle().Which.Should().Contain("CRC mismatch in block 3 (thumbnail)");
        result.Thumbnails.Should().ContainSingle().Which.Width.Should().Be(313);
    }

    [Test]
    public async Task InspectAsync_WhenBgcodeIsTruncatedInsideTheMetadata_IsUnreadableWithTheBlock()
    {
        var bytes = SharedFixtures.ReadBytes("files", MiniCube)[..5000];

        var result = await InspectAsync(bytes, "cut.bgcode");

        result.Unreadable.Should().StartWith("unreadable: block 4 (thumbnail) is truncated: needs 10827 bytes");
    }

    [Test]
    public async Task InspectAsync_WhenBgcodeVersionIsUnknown_IsUnreadable()
    {
        var bytes = SharedFixtures.ReadBytes("files", MiniCube);
        bytes[4] = 2;

        var result = await InspectAsync(bytes, "v2.bgcode");

        result.Unreadable.Should().Be("unreadable: binary G-code version 2 is not supported (only 1)");
    }

    [Test]
    public async Task InspectAsync_WhenBgcodeBlockDeclaresAHugeSize_IsUnreadableWithoutAllocating()
    {
        var bytes = SharedFixtures.ReadBytes("files", MiniCube)[..200];
        bytes[90 + 4] = 0xFF;
        bytes[90 + 5] = 0xFF;
        bytes[90 + 6] = 0xFF;
        bytes[90 + 7] = 0x7F;

        var result = await InspectAsync(bytes, "huge.bgcode");

        result.Unreadable.Should().Contain("block 2 (printer metadata) is truncated");
    }

    [Test]
    public async Task InspectAsync_When3mfIsTruncated_IsUnreadable()
    {
        var bytes = SharedFixtures.ReadBytes("files", "prusaslicer-2.5.0_moon_project.3mf");

        var result = await InspectAsync(bytes[..(bytes.Length / 2)], "cut.3mf");

        result.Format.Should().Be(PrintFileFormat.ThreeMf);
        result.Unreadable.Should().Be("unreadable: not a complete zip archive (no end of central directory; truncated?)");
    }

    [Test]
    public async Task InspectAsync_WhenBinaryStlIsTruncated_IsUnreadable()
    {
        var bytes = SharedFixtures.ReadBytes("files", "binary-cube_header-starts-with-solid.stl")[..400];

        var result = await InspectAsync(bytes, "cut.stl");

        result.Unreadable.Should().Be("unreadable: not an STL: binary triangle count 12 needs 684 bytes but the file has 400, and it is not ASCII STL");
    }

    [Test]
    public async Task InspectAsync_WhenAsciiStlIsTruncated_IsUnreadable()
    {
        var whole = SharedFixtures.ReadBytes("files", "ascii-cube.stl");
        var bytes = whole[..(Array.LastIndexOf(whole, (byte)'\n', 700) + 1)];

        var result = await InspectAsync(bytes, "cut.stl");

        result.Unreadable.Should().Be("unreadable: ASCII STL ends inside a facet (truncated)");
    }

    [Test]
    public async Task InspectAsync_WhenGCodeIsTruncatedInsideAThumbnail_ReportsTheDamagedThumbnail()
    {
        var bytes = SharedFixtures.ReadBytes("files", "prusaslicer-2.5.0_MINI_box_png-thumbs.gcode")[..3000];

        var result = await InspectAsync(bytes, "cut.gcode");

        result.Thumbnails.Should().ContainSingle().Which.Width.Should().Be(16);
        result.Warnings.Should().ContainSingle().Which.Should().Be("thumbnail damaged: gcode thumbnail 220x124: file ends inside the block");
        result.Metadata.PrintSeconds.Should().BeNull();
    }

    [Test]
    public async Task InspectAsync_WhenZipEntryIsAHighlyCompressibleBomb_IsRejectedEarly()
    {
        var bomb = new byte[64 * 1024 * 1024];
        bomb.AsSpan().Fill((byte)' ');
        Encoding.ASCII.GetBytes("<model>").CopyTo(bomb, 0);
        var zip = TestPackages.Zip(
            CompressionLevel.Optimal,
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(TestPackages.ContentTypes)),
            ("_rels/.rels", Encoding.UTF8.GetBytes(TestPackages.RootRels)),
            ("3D/3dmodel.model", bomb));
        zip.Length.Should().BeLessThan(1024 * 1024);

        var result = await InspectAsync(zip, "bomb.3mf");

        result.Unreadable.Should().Be("unreadable: 3D/3dmodel.model looks like a zip bomb (compression ratio over 200:1)");
    }

    [Test]
    public async Task InspectAsync_WhenZipInflatesOverTheAbsoluteLimit_IsRejected()
    {
        var inspector = new FileInspector(new FileFormatLimits { MaxCompressionRatio = 1_000_000, MaxZipTotalInflatedBytes = 4 * 1024 * 1024 });
        var padding = new string(' ', 8 * 1024 * 1024);
        var zip = TestPackages.ThreeMf(TestPackages.CubeModel(resourcesExtra: padding));

        var result = await inspector.InspectAsync(new MemoryStream(zip), "big.3mf");

        result.Unreadable.Should().Be("unreadable: zip archive inflates to more than 4194304 bytes");
    }

    [Test]
    public async Task InspectAsync_WhenZipHasTooManyEntries_IsRejectedBeforeReadingTheDirectory()
    {
        var entries = Enumerable.Range(0, 10_001).Select(i => ($"junk/{i}.txt", Array.Empty<byte>())).ToArray();
        var zip = TestPackages.Zip(CompressionLevel.NoCompression, entries);

        var result = await InspectAsync(zip, "many.3mf");

        result.Unreadable.Should().Be("unreadable: zip archive has 10001 entries, over the limit of 10000");
    }

    [Test]
    public async Task InspectAsync_When3mfModelHasAnExternalEntity_IsRejectedAsHostileXml()
    {
        var model = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE model [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">
             <metadata name="Title">&xxe;</metadata>
             <resources/><build/>
            </model>
            """;

        var result = await InspectAsync(TestPackages.ThreeMf(model), "xxe.3mf");

        result.Unreadable.Should().StartWith("unreadable: 3D/3dmodel.model: invalid XML").And.Contain("DTD");
        result.Metadata.Slicer.Should().BeNull();
    }

    [Test]
    public async Task InspectAsync_WhenBambuSliceInfoHasAnExternalEntity_IsRejectedAsHostileXml()
    {
        var sliceInfo = """<?xml version="1.0"?><!DOCTYPE config [ <!ENTITY xxe SYSTEM "http://127.0.0.1:1/x"> ]><config><plate><metadata key="index" value="&xxe;"/></plate></config>""";

        var result = await InspectAsync(TestPackages.ThreeMf(TestPackages.CubeModel(), ("Metadata/slice_info.config", sliceInfo)), "xxe.3mf");

        result.Unreadable.Should().StartWith("unreadable: Metadata/slice_info.config: invalid XML").And.Contain("DTD");
    }

    [Test]
    public async Task InspectAsync_When3mfComponentsFormACycle_IsUnreadable()
    {
        var cycle = """
            <object id="2" type="model"><components><component objectid="3"/></components></object>
            <object id="3" type="model"><components><component objectid="2"/></components></object>
            """;

        var result = await InspectAsync(TestPackages.ThreeMf(TestPackages.CubeModel(cycle, """<item objectid="2"/>""")), "cycle.3mf");

        result.Unreadable.Should().Be("unreadable: components nested deeper than 16 (cycle?)");
    }

    [Test]
    public async Task InspectAsync_When3mfComponentPathTraversesOutOfThePackage_OnlyLooksInsideTheZip()
    {
        var traversal = """<object id="2" type="model"><components><component p:path="/../../../../etc/passwd" objectid="1"/></components></object>""";

        var result = await InspectAsync(TestPackages.ThreeMf(TestPackages.CubeModel(traversal, """<item objectid="2"/>""")), "traversal.3mf");

        result.Unreadable.Should().Be("unreadable: model part ../../../../etc/passwd is missing");
    }

    [Test]
    public async Task InspectAsync_When3mfTriangleIndexIsOutOfRange_IsUnreadable()
    {
        var model = TestPackages.CubeModel().Replace("""v1="3" v2="4" v3="7"/>""", """v1="3" v2="4" v3="70"/>""", StringComparison.Ordinal);

        var result = await InspectAsync(TestPackages.ThreeMf(model), "index.3mf");

        result.Unreadable.Should().Be("unreadable: 3D/3dmodel.model: triangle vertex index out of range (3, 4, 70; 8 vertices)");
    }

    [Test]
    public async Task InspectAsync_When3mfUsesCentimetres_ScalesToMillimetres()
    {
        var result = await InspectAsync(TestPackages.ThreeMf(TestPackages.CubeModel(unit: "centimeter")), "cm.3mf");

        result.Unreadable.Should().BeNull();
        result.Mesh!.TriangleCount.Should().Be(12);
        result.Mesh.Bounds.Should().Be(new BoundingBox3(1000, 1000, 0, 1100, 1100, 100));
        result.Mesh.VolumeMm3.Should().BeApproximately(1_000_000, 1);
    }

    [Test]
    public async Task InspectAsync_WhenZipIsNot3mf_SaysSo()
    {
        var zip = TestPackages.Zip(("readme.txt", "hello"));

        var result = await InspectAsync(zip, "archive.zip");

        result.Format.Should().Be(PrintFileFormat.ThreeMf);
        result.Unreadable.Should().Be("unreadable: zip archive is not a 3MF package (no [Content_Types].xml)");
    }

    [TestCase("random.gcode", "unreadable: not a text G-code file (binary content)")]
    [TestCase("random.bgcode", "unreadable: not a binary G-code file (magic is not GCDE)")]
    [TestCase("random.3mf", "unreadable: not a complete zip archive (no end of central directory; truncated?)")]
    [TestCase("random.bin", "unreadable: not a recognised print file format (expected G-code, .bgcode, 3MF or STL)")]
    public async Task InspectAsync_WhenRandomBytes_GivesAClearReason(string name, string expected)
    {
        var bytes = new byte[100_000];
        new Random(42).NextBytes(bytes);

        var result = await InspectAsync(bytes, name);

        result.Unreadable.Should().Be(expected);
    }

    [Test]
    public async Task InspectAsync_WhenRandomBytesNamedStl_SaysItIsNotAnStl()
    {
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);

        var result = await InspectAsync(bytes, "random.stl");

        result.Unreadable.Should().StartWith("unreadable: not an STL: binary triangle count");
    }

    [Test]
    public async Task InspectAsync_WhenFileIsEmptyOrMissing_SaysSo()
    {
        (await InspectAsync([], "empty.gcode")).Unreadable.Should().Be("unreadable: file is empty");
        (await _inspector.InspectAsync("/nonexistent/printernizer/nothing.gcode")).Unreadable.Should().Be("unreadable: file not found");
    }

    [Test]
    public async Task InspectAsync_WhenTimeBudgetIsExhausted_ReportsItInsteadOfHanging()
    {
        var inspector = new FileInspector(new FileFormatLimits { TimeBudget = TimeSpan.Zero });
        var bytes = SharedFixtures.ReadBytes("files", "binary-halfdonut_solid-header_trailing-byte.stl");

        var result = await inspector.InspectAsync(new MemoryStream(bytes), "slow.stl");

        result.Unreadable.Should().Be("unreadable: time budget of 0 s exceeded");
    }

    [Test]
    public async Task InspectAsync_WhenCallerCancels_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => _inspector.InspectAsync(SharedFixtures.Path("files", MiniCube), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task InspectAsync_WhenBinaryStlDeclaresMoreTrianglesThanTheLimit_IsUnreadable()
    {
        var inspector = new FileInspector(new FileFormatLimits { MaxTriangles = 100 });

        var result = await inspector.InspectAsync(SharedFixtures.Path("files", "binary-halfdonut_solid-header_trailing-byte.stl"));

        result.Unreadable.Should().Be("unreadable: binary STL declares 288 triangles, over the limit of 100");
    }
}
