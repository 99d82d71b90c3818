using System.Buffers.Binary;
using System.IO.Compression;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Minimal PNG writer: 8-bit RGBA, non-interlaced, per-row adaptive filter (None/Sub/Up), zlib via <see cref="ZLibStream"/>.</summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>|residual| as a signed byte, the usual "minimum sum of absolute differences" heuristic.</summary>
    private static readonly byte[] ResidualCost = Enumerable.Range(0, 256).Select(v => (byte)(v < 128 ? v : 256 - v)).ToArray();

    public static byte[] Encode(RgbaImage image, CompressionLevel level = CompressionLevel.Fastest) =>
        Encode(image.Pixels, image.Width, image.Height, level);

    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height, CompressionLevel level = CompressionLevel.Fastest)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var stride = width * 4;
        if (rgba.Length < stride * height)
        {
            throw new ArgumentException("Pixel buffer is smaller than width x height x 4.", nameof(rgba));
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
        {
            var row = new byte[stride + 1];
            for (var y = 0; y < height; y++)
            {
                var current = rgba.Slice(y * stride, stride);
                var previous = y > 0 ? rgba.Slice((y - 1) * stride, stride) : default;
                FilterRow(current, previous, row);
                zlib.Write(row);
            }
        }

        var output = new MemoryStream((int)compressed.Length + 128);
        output.Write(Signature);
        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], height);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 6;  // RGBA
        ihdr[10] = 0; // deflate
        ihdr[11] = 0; // adaptive filtering
        ihdr[12] = 0; // no interlace
        WriteChunk(output, "IHDR"u8, ihdr);
        WriteChunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    /// <summary>Chooses None, Sub or Up by the minimum sum of absolute residuals (one scoring pass), then writes the row.</summary>
    private static void FilterRow(ReadOnlySpan<byte> current, ReadOnlySpan<byte> previous, byte[] output)
    {
        long none = 0, sub = 0, up = 0;
        var hasPrevious = !previous.IsEmpty;
        // Table lookups keep the scoring branch-free (random-looking image data made the branches mispredict).
        var cost = ResidualCost;
        var head = Math.Min(4, current.Length);
        for (var i = 0; i < head; i++)
        {
            none += cost[current[i]];
            sub += cost[current[i]];
        }

        for (var i = 4; i < current.Length; i++)
        {
            var x = current[i];
            none += cost[x];
            sub += cost[(byte)(x - current[i - 4])];
        }

        if (hasPrevious)
        {
            for (var i = 0; i < current.Length; i++)
            {
                up += cost[(byte)(current[i] - previous[i])];
            }
        }

        var filter = 0;
        var best = none;
        if (sub < best)
        {
            filter = 1;
            best = sub;
        }

        if (hasPrevious && up < best)
        {
            filter = 2;
        }

        output[0] = (byte)filter;
        var row = output.AsSpan(1);
        switch (filter)
        {
            case 0:
                current.CopyTo(row);
                break;
            case 1:
                for (var i = 0; i < current.Length; i++)
                {
                    row[i] = (byte)(current[i] - (i >= 4 ? current[i - 4] : 0));
                }

                break;
            default:
                for (var i = 0; i < current.Length; i++)
                {
                    row[i] = (byte)(current[i] - previous[i]);
                }

                break;
        }
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        output.Write(type);
        output.Write(data);
        var crc = Crc32.Append(Crc32.Compute(type), data);
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }
}
