using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// Prusa binary G-code (<c>.bgcode</c>, prusa3d/libbgcode doc/specifications.md): file header, blocks with
/// optional CRC32, metadata (none or zlib), thumbnails (PNG/JPG/QOI). Stops at the first G-code block;
/// G-code blocks are never decompressed.
/// </summary>
internal static class BgcodeReader
{
    private const ushort BlockFileMetadata = 0;
    private const ushort BlockGCode = 1;
    private const ushort BlockSlicerMetadata = 2;
    private const ushort BlockPrinterMetadata = 3;
    private const ushort BlockPrintMetadata = 4;
    private const ushort BlockThumbnail = 5;

    public static void Read(Stream stream, InspectionBuilder builder, CancellationToken cancellationToken)
    {
        builder.Format = PrintFileFormat.BGCode;
        var limits = builder.Limits;
        var length = stream.Length;
        stream.Position = 0;
        Span<byte> fileHeader = stackalloc byte[10];
        if (stream.ReadAtLeast(fileHeader, 10, throwOnEndOfStream: false) < 10)
        {
            throw new InvalidPrintFileException("binary G-code header is truncated");
        }

        if (!fileHeader[..4].SequenceEqual("GCDE"u8))
        {
            throw new InvalidPrintFileException("not a binary G-code file (magic is not GCDE)");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(fileHeader[4..]);
        if (version != 1)
        {
            throw new InvalidPrintFileException($"binary G-code version {version} is not supported (only 1)");
        }

        var checksumType = BinaryPrimitives.ReadUInt16LittleEndian(fileHeader[8..]);
        if (checksumType > 1)
        {
            throw new InvalidPrintFileException($"binary G-code checksum type {checksumType} is unknown");
        }

        var checksumSize = checksumType == 1 ? 4 : 0;
        var position = 10L;
        var blockNumber = 0;
        var sawGCode = false;
        var header = new byte[12 + 6];
        var crcBytes = new byte[4];
        // Metadata blocks in file order; print metadata wins over printer metadata, slicer config is applied first.
        var metadataByType = new Dictionary<ushort, string>();
        while (position < length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            blockNumber++;
            var remaining = length - position;
            if (remaining < 8)
            {
                throw new InvalidPrintFileException($"block {blockNumber} header is truncated ({remaining} bytes left)");
            }

            stream.Position = position;
            stream.ReadExactly(header, 0, 8);
            var type = BinaryPrimitives.ReadUInt16LittleEndian(header);
            var compression = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(2));
            var uncompressedSize = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            var headerSize = 8;
            var compressedSize = uncompressedSize;
            if (compression != 0)
            {
                if (remaining < 12)
                {
                    throw new InvalidPrintFileException($"block {blockNumber} header is truncated ({remaining} bytes left)");
                }

                stream.ReadExactly(header, 8, 4);
                compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(8));
                headerSize = 12;
            }

            if (type > BlockThumbnail)
            {
                throw new InvalidPrintFileException($"block {blockNumber} has unknown type {type}");
            }

            var paramSize = type == BlockThumbnail ? 6 : 2;
            var blockSize = (long)headerSize + paramSize + compressedSize + checksumSize;
            if (blockSize > remaining)
            {
                throw new InvalidPrintFileException(
                    $"block {blockNumber} ({BlockName(type)}) is truncated: needs {blockSize} bytes, {remaining} left");
            }

            if (type == BlockGCode)
            {
                sawGCode = true;
                break;
            }

            var sizeLimit = type == BlockThumbnail ? limits.MaxThumbnailBytes : limits.MaxMetadataBytes;
            if (compressedSize > sizeLimit || uncompressedSize > sizeLimit)
            {
                throw new InvalidPrintFileException($"block {blockNumber} ({BlockName(type)}) of {Math.Max(compressedSize, uncompressedSize)} bytes is over the limit");
            }

            stream.ReadExactly(header, headerSize, paramSize);
            var payload = new byte[compressedSize];
            stream.ReadExactly(payload);
            position += blockSize;

            if (checksumType == 1)
            {
                stream.ReadExactly(crcBytes);
                var stored = BinaryPrimitives.ReadUInt32LittleEndian(crcBytes);
                var actual = Crc32.Append(Crc32.Compute(header.AsSpan(0, headerSize + paramSize)), payload);
                if (stored != actual)
                {
                    builder.Warn($"damaged: CRC mismatch in block {blockNumber} ({BlockName(type)}); block ignored");
                    continue;
                }
            }

            if (type == BlockThumbnail)
            {
                var format = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(headerSize));
                var width = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(headerSize + 2));
                var height = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(headerSize + 4));
                var source = $"bgcode block {blockNumber} {width}x{height}";
                if (compression != 0)
                {
                    builder.Warn($"{source}: compressed thumbnail (compression {compression}) is not supported; ignored");
                    continue;
                }

                ThumbnailImageFormat? expected = format switch
                {
                    0 => ThumbnailImageFormat.Png,
                    1 => ThumbnailImageFormat.Jpeg,
                    2 => ThumbnailImageFormat.Qoi,
                    _ => null,
                };
                if (expected is null)
                {
                    builder.Warn($"{source}: thumbnail format {format} is unknown; ignored");
                    continue;
                }

                builder.AddThumbnail(payload, source, expected: expected, declaredWidth: width, declaredHeight: height);
                continue;
            }

            var encoding = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(headerSize));
            if (encoding != 0)
            {
                builder.Warn($"block {blockNumber} ({BlockName(type)}): metadata encoding {encoding} is not supported; ignored");
                continue;
            }

            var text = Decompress(payload, compression, uncompressedSize, blockNumber, type, builder);
            if (text is not null)
            {
                metadataByType[type] = text;
            }
        }

        if (!sawGCode)
        {
            builder.Warn("binary G-code has no G-code block");
        }

        // Apply in increasing priority: slicer config, file, printer, print metadata.
        foreach (var type in new[] { BlockSlicerMetadata, BlockFileMetadata, BlockPrinterMetadata, BlockPrintMetadata })
        {
            if (metadataByType.TryGetValue(type, out var text))
            {
                Apply(text, type, builder.Values);
            }
        }
    }

    private static string? Decompress(byte[] payload, ushort compression, uint uncompressedSize, int blockNumber, ushort type, InspectionBuilder builder)
    {
        switch (compression)
        {
            case 0:
                return Encoding.UTF8.GetString(payload);
            case 1:
                var output = new byte[uncompressedSize];
                try
                {
                    using var zlib = new ZLibStream(new MemoryStream(payload), CompressionMode.Decompress);
                    var read = zlib.ReadAtLeast(output, output.Length, throwOnEndOfStream: false);
                    if (read != output.Length || zlib.ReadByte() != -1)
                    {
                        builder.Warn($"damaged: block {blockNumber} ({BlockName(type)}) inflates to a different size than declared; ignored");
                        return null;
                    }
                }
                catch (InvalidDataException ex)
                {
                    builder.Warn($"damaged: block {blockNumber} ({BlockName(type)}) has invalid Deflate data ({ex.Message}); ignored");
                    return null;
                }

                return Encoding.UTF8.GetString(output);
            case 2:
            case 3:
                builder.Warn($"block {blockNumber} ({BlockName(type)}): Heatshrink-compressed metadata is not supported; ignored");
                return null;
            default:
                builder.Warn($"block {blockNumber} ({BlockName(type)}): compression {compression} is unknown; ignored");
                return null;
        }
    }

    private static void Apply(string text, ushort type, SlicerValues values)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (type == BlockFileMetadata && line.StartsWith("Producer=", StringComparison.Ordinal))
            {
                var producer = line["Producer=".Length..].Trim();
                var space = producer.IndexOf(' ', StringComparison.Ordinal);
                values.Slicer = space > 0 ? producer[..space] : producer;
                values.SlicerVersion = space > 0 ? producer[(space + 1)..].Trim() : null;
            }

            values.AddIniLine(line);
        }
    }

    private static string BlockName(ushort type) => type switch
    {
        BlockFileMetadata => "file metadata",
        BlockGCode => "G-code",
        BlockSlicerMetadata => "slicer metadata",
        BlockPrinterMetadata => "printer metadata",
        BlockPrintMetadata => "print metadata",
        BlockThumbnail => "thumbnail",
        _ => "type " + type.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
