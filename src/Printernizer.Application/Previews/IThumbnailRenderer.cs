namespace Printernizer.Application.Previews;

/// <summary>
/// Renders a mesh file (STL or 3MF with geometry) into a PNG from a fixed isometric-style camera, auto-framed.
/// Bad input never throws; the result carries the reason. Only caller cancellation throws.
/// </summary>
public interface IThumbnailRenderer
{
    Task<RenderedThumbnail> RenderAsync(string path, ThumbnailRenderOptions? options = null, CancellationToken cancellationToken = default);

    Task<RenderedThumbnail> RenderAsync(Stream content, string fileName, ThumbnailRenderOptions? options = null, CancellationToken cancellationToken = default);
}
