namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>An 8-bit RGBA image, rows top to bottom, 4 bytes per pixel.</summary>
public sealed class RgbaImage
{
    public RgbaImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (pixels.Length != (long)width * height * 4)
        {
            throw new ArgumentException("Pixel buffer size does not match width x height x 4.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGBA bytes, row-major.</summary>
    public byte[] Pixels { get; }

    /// <summary>Pixel as 0xRRGGBBAA.</summary>
    public uint GetPixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return ((uint)Pixels[i] << 24) | ((uint)Pixels[i + 1] << 16) | ((uint)Pixels[i + 2] << 8) | Pixels[i + 3];
    }
}
