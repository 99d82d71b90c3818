namespace Printernizer.Application.Previews;

/// <summary>Options for rendering a mesh preview.</summary>
public sealed record ThumbnailRenderOptions
{
    public int Width { get; init; } = 512;

    public int Height { get; init; } = 512;

    /// <summary>Transparent background (default); false gives a light grey background.</summary>
    public bool TransparentBackground { get; init; } = true;

    /// <summary>Object colour as 0xRRGGBB (default a Printernizer orange).</summary>
    public int ObjectColorRgb { get; init; } = 0xF28C28;

    public static ThumbnailRenderOptions Default { get; } = new();
}
