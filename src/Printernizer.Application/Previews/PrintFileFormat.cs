namespace Printernizer.Application.Previews;

/// <summary>Print file format detected from the content (magic bytes, zip parts), falling back to the extension.</summary>
public enum PrintFileFormat
{
    Other,
    GCode,
    BGCode,
    ThreeMf,
    Stl,
}
