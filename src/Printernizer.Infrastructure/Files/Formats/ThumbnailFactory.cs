using System.Buffers;
using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Validates an embedded image (magic bytes, dimensions within limits) and turns QOI into PNG.</summary>
internal static class ThumbnailFactory
{
    /// <summary>Returns the thumbnail, or null with a reason when the image is damaged or over a limit.</summary>
    public static EmbeddedThumbnail? Create(byte[] data, string source, int? plate, out string? problem, int declaredWidth = 0, int declaredHeight = 0)
    {
        problem = null;
        try
        {
            var span = data.AsSpan();
            if (PngDecoder.TryReadSize(span, out var w, out var h))
            {
                if (!ImageLimits.AreAcceptable(w, h))
                {
                    problem = $"{source}: PNG {w}x{h} is over the size limit";
                    return null;
                }

                return new EmbeddedThumbnail(w, h, ThumbnailImageFormat.Png, ThumbnailImageFormat.Png, data, source, plate);
            }

            if (QoiDecoder.TryReadSize(span, out w, out h))
            {
                if (!ImageLimits.AreAcceptable(w, h))
                {
                    problem = $"{source}: QOI {w}x{h} is over the size limit";
                    return null;
                }

                var pixels = ArrayPool<byte>.Shared.Rent(w * h * 4);
                try
                {
                    QoiDecoder.Decode(span, pixels, out w, out h);
                    var png = PngEncoder.Encode(pixels.AsSpan(0, w * h * 4), w, h);
                    return new EmbeddedThumbnail(w, h, ThumbnailImageFormat.Png, ThumbnailImageFormat.Qoi, png, source, plate);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(pixels);
                }
            }

            if (span.Length >= 3 && span[0] == 0xFF && span[1] == 0xD8)
            {
                if (!TryReadJpegSize(span, out w, out h))
                {
                    (w, h) = (declaredWidth, declaredHeight);
                }

                if (!ImageLimits.AreAcceptable(w, h))
                {
                    problem = $"{source}: JPEG {w}x{h} has no valid size or is over the size limit";
                    return null;
                }

                return new EmbeddedThumbnail(w, h, ThumbnailImageFormat.Jpeg, ThumbnailImageFormat.Jpeg, data, source, plate);
            }

            problem = $"{source}: not a PNG, JPEG or QOI image";
            return null;
        }
        catch (InvalidPrintFileException ex)
        {
            problem = $"{source}: {ex.Message}";
            return null;
        }
    }

    /// <summary>Finds the first SOFn marker and reads height/width from it.</summary>
    internal static bool TryReadJpegSize(ReadOnlySpan<byte> data, out int width, out int height)
    {
        width = height = 0;
        var p = 2;
        while (p + 9 < data.Length)
        {
            if (data[p] != 0xFF)
            {
                return false;
            }

            var marker = data[p + 1];
            if (marker == 0xFF)
            {
                p++;
                continue;
            }

            var length = (data[p + 2] << 8) | data[p + 3];
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                height = (data[p + 5] << 8) | data[p + 6];
                width = (data[p + 7] << 8) | data[p + 8];
                return true;
            }

            if (length < 2)
            {
                return false;
            }

            p += 2 + length;
        }

        return false;
    }
}
