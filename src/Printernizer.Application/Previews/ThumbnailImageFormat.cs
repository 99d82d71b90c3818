namespace Printernizer.Application.Previews;

/// <summary>Image encoding of an embedded thumbnail.</summary>
public enum ThumbnailImageFormat
{
    Png,
    Jpeg,
    Qoi,
}
