namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Dimension limits checked before any image is decoded (formats.md section 6).</summary>
public static class ImageLimits
{
    public const int MaxSide = 4096;
    public const long MaxPixels = 16L * 1024 * 1024;

    public static bool AreAcceptable(long width, long height) =>
        width > 0 && height > 0 && width <= MaxSide && height <= MaxSide && width * height <= MaxPixels;
}
