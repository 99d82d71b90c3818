namespace Printernizer.Application.Previews;

/// <summary>A rendered mesh preview: <see cref="Png"/> is null when rendering failed, then <see cref="Unreadable"/> says why.</summary>
public sealed record RenderedThumbnail(byte[]? Png, int Width, int Height, long TriangleCount, string? Unreadable)
{
    public bool Succeeded => Png is not null;
}
