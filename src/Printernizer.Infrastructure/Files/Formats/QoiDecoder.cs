using System.Buffers.Binary;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>QOI ("Quite OK Image") decoder after phoboslab/qoi (PrusaSlicer bundled_deps/qoi/qoi.h). Output is RGBA.</summary>
public static class QoiDecoder
{
    private const int HeaderSize = 14;

    public static bool TryReadSize(ReadOnlySpan<byte> data, out int width, out int height)
    {
        width = height = 0;
        if (data.Length < HeaderSize || !data[..4].SequenceEqual("qoif"u8))
        {
            return false;
        }

        var w = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(data[8..]);
        if (w > int.MaxValue || h > int.MaxValue)
        {
            return false;
        }

        width = (int)w;
        height = (int)h;
        return true;
    }

    /// <exception cref="InvalidPrintFileException">The data is not a valid QOI image or is over the size limits.</exception>
    public static RgbaImage Decode(ReadOnlySpan<byte> data)
    {
        if (!TryReadSize(data, out var width, out var height))
        {
            throw new InvalidPrintFileException("not a QOI image (bad magic or truncated header)");
        }

        if (!ImageLimits.AreAcceptable(width, height))
        {
            throw new InvalidPrintFileException($"QOI dimensions {width}x{height} are over the limit");
        }

        var pixels = new byte[width * height * 4];
        DecodePixels(data, width, height, pixels);
        return new RgbaImage(width, height, pixels);
    }

    /// <summary>Decodes into a caller-provided RGBA buffer of at least width x height x 4 bytes (e.g. a pooled array).</summary>
    /// <exception cref="InvalidPrintFileException">The data is not a valid QOI image or is over the size limits.</exception>
    public static void Decode(ReadOnlySpan<byte> data, Span<byte> destination, out int width, out int height)
    {
        if (!TryReadSize(data, out width, out height))
        {
            throw new InvalidPrintFileException("not a QOI image (bad magic or truncated header)");
        }

        if (!ImageLimits.AreAcceptable(width, height))
        {
            throw new InvalidPrintFileException($"QOI dimensions {width}x{height} are over the limit");
        }

        if (destination.Length < width * height * 4)
        {
            throw new ArgumentException("Destination is smaller than width x height x 4.", nameof(destination));
        }

        DecodePixels(data, width, height, destination[..(width * height * 4)]);
    }

    private static void DecodePixels(ReadOnlySpan<byte> data, int width, int height, Span<byte> pixels)
    {
        _ = width;
        _ = height;
        var channels = data[12];
        if (channels is not (3 or 4))
        {
            throw new InvalidPrintFileException($"QOI channel count {channels} is invalid");
        }

        Span<uint> index = stackalloc uint[64];
        index.Clear();
        byte r = 0, g = 0, b = 0, a = 255;
        var p = HeaderSize;
        var run = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            if (run > 0)
            {
                run--;
            }
            else
            {
                if (p >= data.Length)
                {
                    throw new InvalidPrintFileException("QOI data is truncated");
                }

                var tag = data[p++];
                if (tag == 0xFE)
                {
                    if (p + 3 > data.Length)
                    {
                        throw new InvalidPrintFileException("QOI data is truncated");
                    }

                    r = data[p];
                    g = data[p + 1];
                    b = data[p + 2];
                    p += 3;
                }
                else if (tag == 0xFF)
                {
                    if (p + 4 > data.Length)
                    {
                        throw new InvalidPrintFileException("QOI data is truncated");
                    }

                    r = data[p];
                    g = data[p + 1];
                    b = data[p + 2];
                    a = data[p + 3];
                    p += 4;
                }
                else
                {
                    switch (tag >> 6)
                    {
                        case 0:
                            var packed = index[tag & 0x3F];
                            r = (byte)(packed >> 24);
                            g = (byte)(packed >> 16);
                            b = (byte)(packed >> 8);
                            a = (byte)packed;
                            break;
                        case 1:
                            r = (byte)(r + ((tag >> 4) & 0x03) - 2);
                            g = (byte)(g + ((tag >> 2) & 0x03) - 2);
                            b = (byte)(b + (tag & 0x03) - 2);
                            break;
                        case 2:
                            if (p >= data.Length)
                            {
                                throw new InvalidPrintFileException("QOI data is truncated");
                            }

                            var second = data[p++];
                            var dg = (tag & 0x3F) - 32;
                            r = (byte)(r + dg - 8 + ((second >> 4) & 0x0F));
                            g = (byte)(g + dg);
                            b = (byte)(b + dg - 8 + (second & 0x0F));
                            break;
                        default:
                            run = tag & 0x3F;
                            break;
                    }
                }

                index[((r * 3) + (g * 5) + (b * 7) + (a * 11)) % 64] = ((uint)r << 24) | ((uint)g << 16) | ((uint)b << 8) | a;
            }

            pixels[i] = r;
            pixels[i + 1] = g;
            pixels[i + 2] = b;
            pixels[i + 3] = a;
        }
    }
}
