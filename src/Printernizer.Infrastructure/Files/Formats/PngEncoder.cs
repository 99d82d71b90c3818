using System.Buffers.Binary;
using System.IO.Compression;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Minimal PNG writer: 8-bit RGBA, non-interlaced, per-row adaptive filter (None/Sub/Up), zlib via <see cref="ZLibStream"/>.</summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

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
            var candidate = new byte[stride + 1];
            for (var y = 0; y < height; y++)
            {
                var current = rgba.Slice(y * stride, stride);
                var previous = y > 0 ? rgba.Slice((y - 1) * stride, stride) : default;
                FilterRow(current, previous, row, candidate);
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

    private static void FilterRow(ReadOnlySpan<byte> current, ReadOnlySpan<byte> previous, byte[] best, byte[] candidate)
    {
        // None
        best[0] = 0;
        current.CopyTo(best.AsSpan(1));
        var bestScore = Score(best);

        // Sub
        candidate[0] = 1;
        for (var i = 0; i < current.Length; i++)
        {
            candidate[i + 1] = (byte)(current[i] - (i >= 4 ? current[i - 4] : 0));
        }

        var score = Score(candidate);
        if (score < bestScore)
        {
            bestScore = score;
            candidate.CopyTo(best, 0);
        }

        if (previous.IsEmpty)
        {
            return;
        }

        // Up
        candidate[0] = 2;
        for (var i = 0; i < current.Length; i++)
        {
            candidate[i + 1] = (byte)(current[i] - previous[i]);
        }

        if (Score(candidate) < bestScore)
        {
            candidate.CopyTo(best, 0);
        }
    }

    private static long Score(byte[] filtered)
    {
        long sum = 0;
        for (var i = 1; i < filtered.Length; i++)
        {
            sum += (sbyte)filtered[i] is var s && s < 0 ? -s : s;
        }

        return sum;
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
