using System.Buffers.Binary;
using System.IO.Compression;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// Minimal PNG reader: non-interlaced, bit depth 8, colour types grey, RGB, palette, grey+alpha and RGBA.
/// Verifies chunk CRCs, checks dimensions before allocating and bounds the inflated size. Output is RGBA.
/// </summary>
public static class PngDecoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads width and height from the IHDR without decoding.</summary>
    public static bool TryReadSize(ReadOnlySpan<byte> data, out int width, out int height)
    {
        width = height = 0;
        if (data.Length < 24 || !data[..8].SequenceEqual(Signature) || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var w = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        if (w > int.MaxValue || h > int.MaxValue)
        {
            return false;
        }

        width = (int)w;
        height = (int)h;
        return true;
    }

    /// <exception cref="InvalidPrintFileException">The data is not a PNG this decoder supports.</exception>
    public static RgbaImage Decode(ReadOnlySpan<byte> data)
    {
        if (!TryReadSize(data, out var width, out var height))
        {
            throw new InvalidPrintFileException("not a PNG (bad signature or missing IHDR)");
        }

        if (!ImageLimits.AreAcceptable(width, height))
        {
            throw new InvalidPrintFileException($"PNG dimensions {width}x{height} are over the limit");
        }

        var offset = 8;
        byte bitDepth = 0, colorType = 0, interlace = 0;
        byte[]? palette = null;
        byte[]? paletteAlpha = null;
        var idat = new MemoryStream();
        var sawEnd = false;
        while (offset + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
            if (length > int.MaxValue || offset + 12 + (long)length > data.Length)
            {
                throw new InvalidPrintFileException("PNG chunk is truncated");
            }

            var type = data.Slice(offset + 4, 4);
            var body = data.Slice(offset + 8, (int)length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(data[(offset + 8 + (int)length)..]);
            if (Crc32.Append(Crc32.Compute(type), body) != storedCrc)
            {
                throw new InvalidPrintFileException($"PNG chunk {System.Text.Encoding.ASCII.GetString(type)} has a bad CRC");
            }

            if (type.SequenceEqual("IHDR"u8))
            {
                if (body.Length != 13)
                {
                    throw new InvalidPrintFileException("PNG IHDR has a bad length");
                }

                bitDepth = body[8];
                colorType = body[9];
                interlace = body[12];
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                palette = body.ToArray();
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                paletteAlpha = body.ToArray();
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                idat.Write(body);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                sawEnd = true;
                break;
            }

            offset += 12 + (int)length;
        }

        if (!sawEnd)
        {
            throw new InvalidPrintFileException("PNG has no IEND chunk (truncated)");
        }

        if (bitDepth != 8 || interlace != 0)
        {
            throw new InvalidPrintFileException($"PNG with bit depth {bitDepth} / interlace {interlace} is not supported");
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            3 => 1,
            4 => 2,
            6 => 4,
            _ => throw new InvalidPrintFileException($"PNG colour type {colorType} is not supported"),
        };
        if (colorType == 3 && palette is null)
        {
            throw new InvalidPrintFileException("palette PNG without PLTE");
        }

        var stride = width * channels;
        var raw = new byte[(long)(stride + 1) * height];
        idat.Position = 0;
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            var read = 0;
            while (read < raw.Length)
            {
                var n = zlib.Read(raw, read, raw.Length - read);
                if (n == 0)
                {
                    throw new InvalidPrintFileException("PNG image data is truncated");
                }

                read += n;
            }
        }

        Unfilter(raw, stride, height, channels);
        return Expand(raw, width, height, stride, colorType, palette, paletteAlpha);
    }

    private static void Unfilter(byte[] raw, int stride, int height, int bpp)
    {
        for (var y = 0; y < height; y++)
        {
            var rowStart = (y * (stride + 1)) + 1;
            var prevStart = rowStart - (stride + 1);
            var filter = raw[rowStart - 1];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? raw[rowStart + i - bpp] : 0;
                int b = y > 0 ? raw[prevStart + i] : 0;
                int c = y > 0 && i >= bpp ? raw[prevStart + i - bpp] : 0;
                var x = raw[rowStart + i];
                raw[rowStart + i] = filter switch
                {
                    0 => x,
                    1 => (byte)(x + a),
                    2 => (byte)(x + b),
                    3 => (byte)(x + ((a + b) >> 1)),
                    4 => (byte)(x + Paeth(a, b, c)),
                    _ => throw new InvalidPrintFileException($"PNG row filter {filter} is invalid"),
                };
            }
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static RgbaImage Expand(byte[] raw, int width, int height, int stride, byte colorType, byte[]? palette, byte[]? paletteAlpha)
    {
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var src = (y * (stride + 1)) + 1;
            var dst = y * width * 4;
            for (var x = 0; x < width; x++, dst += 4)
            {
                switch (colorType)
                {
                    case 0:
                        pixels[dst] = pixels[dst + 1] = pixels[dst + 2] = raw[src + x];
                        pixels[dst + 3] = 255;
                        break;
                    case 2:
                        pixels[dst] = raw[src + (x * 3)];
                        pixels[dst + 1] = raw[src + (x * 3) + 1];
                        pixels[dst + 2] = raw[src + (x * 3) + 2];
                        pixels[dst + 3] = 255;
                        break;
                    case 3:
                        var index = raw[src + x];
                        if ((index * 3) + 2 >= palette!.Length)
                        {
                            throw new InvalidPrintFileException("PNG palette index out of range");
                        }

                        pixels[dst] = palette[index * 3];
                        pixels[dst + 1] = palette[(index * 3) + 1];
                        pixels[dst + 2] = palette[(index * 3) + 2];
                        pixels[dst + 3] = paletteAlpha is not null && index < paletteAlpha.Length ? paletteAlpha[index] : (byte)255;
                        break;
                    case 4:
                        pixels[dst] = pixels[dst + 1] = pixels[dst + 2] = raw[src + (x * 2)];
                        pixels[dst + 3] = raw[src + (x * 2) + 1];
                        break;
                    default:
                        Buffer.BlockCopy(raw, src + (x * 4), pixels, dst, 4);
                        break;
                }
            }
        }

        return new RgbaImage(width, height, pixels);
    }
}
