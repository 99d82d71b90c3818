using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Infrastructure.Tests.Files.Formats;

/// <summary>Binary G-code layouts from prusa3d/libbgcode doc/specifications.md built byte by byte.</summary>
public sealed class BgcodeReaderTests
{
    private readonly FileInspector _inspector = new();

    private static byte[] Block(ushort type, ushort compression, byte[] data, byte[] parameters, bool crc, int uncompressedSize = -1)
    {
        using var block = new MemoryStream();
        var header = new byte[compression == 0 ? 8 : 12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, type);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), compression);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)(uncompressedSize < 0 ? data.Length : uncompressedSize));
        if (compression != 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), (uint)data.Length);
        }

        block.Write(header);
        block.Write(parameters);
        block.Write(data);
        if (crc)
        {
            var checksum = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(checksum, Crc32.Compute(block.ToArray()));
            block.Write(checksum);
        }

        return block.ToArray();
    }

    private static byte[] File(bool crc, params byte[][] blocks)
    {
        using var file = new MemoryStream();
        file.Write("GCDE"u8);
        file.Write([1, 0, 0, 0, (byte)(crc ? 1 : 0), 0]);
        foreach (var block in blocks)
        {
            file.Write(block);
        }

        return file.ToArray();
    }

    private static byte[] Zlib(string text)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static readonly byte[] Encoding0 = [0, 0];
    private static readonly byte[] GCodeBlock = Block(1, 0, "G28\n"u8.ToArray(), Encoding0, crc: false);
    private static readonly byte[] GCodeBlockWithCrc = Block(1, 0, "G28\n"u8.ToArray(), Encoding0, crc: true);

    [Test]
    public async Task InspectAsync_WhenFileHasNoChecksumsAndZlibPrintMetadata_ReadsIt()
    {
        var print = Zlib("filament used [g]=3.21\nestimated printing time (normal mode)=1h 0m 1s\n");
        var file = File(
            false,
            Block(0, 0, "Producer=PrusaSlicer 2.9.0\n"u8.ToArray(), Encoding0, crc: false),
            Block(4, 1, print, Encoding0, crc: false, uncompressedSize: 70),
            GCodeBlock);

        var result = await _inspector.InspectAsync(new MemoryStream(file), "nocrc.bgcode");

        result.Unreadable.Should().BeNull();
        result.Metadata.PrintSeconds.Should().Be(3601);
        result.Metadata.FilamentGrams.Should().Be(3.21m);
        result.Metadata.SlicerVersion.Should().Be("2.9.0");
    }

    [Test]
    public async Task InspectAsync_WhenMetadataUsesHeatshrinkOrJson_ReportsTheUnsupportedEncodingAndSkipsIt()
    {
        var file = File(
            true,
            Block(3, 3, [1, 2, 3, 4], Encoding0, crc: true, uncompressedSize: 40),
            Block(4, 0, "{\"a\":1}"u8.ToArray(), [1, 0], crc: true),
            Block(2, 0, "layer_height=0.3\n"u8.ToArray(), Encoding0, crc: true),
            GCodeBlockWithCrc);

        var result = await _inspector.InspectAsync(new MemoryStream(file), "hs.bgcode");

        result.Unreadable.Should().BeNull();
        result.Warnings.Should().Equal(
            "block 1 (printer metadata): Heatshrink-compressed metadata is not supported; ignored",
            "block 2 (print metadata): metadata encoding 1 is not supported; ignored");
        result.Metadata.LayerHeightMm.Should().Be(0.3m);
    }

    [Test]
    public async Task InspectAsync_WhenDeflatedMetadataIsABomb_RejectsItBySize()
    {
        var file = File(true, Block(4, 1, Zlib(new string('x', 1000)), Encoding0, crc: true, uncompressedSize: 100_000_000), GCodeBlockWithCrc);

        var result = await _inspector.InspectAsync(new MemoryStream(file), "bomb.bgcode");

        result.Unreadable.Should().Be("unreadable: block 1 (print metadata) of 100000000 bytes is over the limit");
    }

    [Test]
    public async Task InspectAsync_WhenThumbnailParametersDisagreeWithTheData_WarnsAndSkipsIt()
    {
        byte[] thumbnailParams = [0, 0, 16, 0, 16, 0]; // declared PNG
        var file = File(true, Block(5, 0, "qoif-not-really"u8.ToArray(), thumbnailParams, crc: true), GCodeBlockWithCrc);

        var result = await _inspector.InspectAsync(new MemoryStream(file), "thumb.bgcode");

        result.Thumbnails.Should().BeEmpty();
        result.Warnings.Should().ContainSingle().Which.Should().StartWith("thumbnail damaged: bgcode block 1 16x16:");
    }

    [Test]
    public async Task InspectAsync_WhenThereIsNoGCodeBlock_SaysSo()
    {
        var file = File(true, Block(2, 0, "layer_height=0.3\n"u8.ToArray(), Encoding0, crc: true));

        var result = await _inspector.InspectAsync(new MemoryStream(file), "nogcode.bgcode");

        result.Unreadable.Should().BeNull();
        result.Format.Should().Be(PrintFileFormat.BGCode);
        result.Warnings.Should().Equal("binary G-code has no G-code block");
    }
}
