using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Files.Formats;

namespace Printernizer.Infrastructure.Files.Thumbnails;

/// <summary><see cref="IThumbnailRenderer"/>: loads an STL/3MF mesh with the reader limits and renders it with <see cref="MeshRasterizer"/> into PNG.</summary>
public sealed class MeshThumbnailRenderer(FileFormatLimits limits) : IThumbnailRenderer
{
    public MeshThumbnailRenderer()
        : this(FileFormatLimits.Default)
    {
    }

    public async Task<RenderedThumbnail> RenderAsync(string path, ThumbnailRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ThumbnailRenderOptions.Default;
        FileStream stream;
        try
        {
            stream = File.Exists(path)
                ? SeekableInput.OpenFile(path)
                : throw new FileNotFoundException("file not found", path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(options, "cannot open the file (" + ex.Message + ")");
        }

        await using (stream)
        {
            return await Task.Run(() => Render(stream, Path.GetFileName(path), options, cancellationToken), cancellationToken);
        }
    }

    public async Task<RenderedThumbnail> RenderAsync(Stream content, string fileName, ThumbnailRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ThumbnailRenderOptions.Default;
        Stream stream;
        try
        {
            stream = await SeekableInput.FromStreamAsync(content, limits.MaxFileBytes, cancellationToken);
        }
        catch (InvalidPrintFileException ex)
        {
            return Failed(options, ex.Message);
        }

        await using (stream)
        {
            return await Task.Run(() => Render(stream, fileName, options, cancellationToken), cancellationToken);
        }
    }

    /// <summary>Synchronous core; the stream must be seekable.</summary>
    public RenderedThumbnail Render(Stream stream, string fileName, ThumbnailRenderOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Width is < 1 or > ImageLimits.MaxSide || options.Height is < 1 or > ImageLimits.MaxSide)
        {
            return Failed(options, $"size {options.Width}x{options.Height} is outside 1..{ImageLimits.MaxSide}");
        }

        if (stream.Length > limits.MaxFileBytes)
        {
            return Failed(options, $"file of {stream.Length} bytes is over the limit of {limits.MaxFileBytes} bytes");
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (limits.TimeBudget <= TimeSpan.Zero)
        {
            budget.Cancel();
        }
        else
        {
            budget.CancelAfter(limits.TimeBudget);
        }
        try
        {
            var mesh = MeshLoader.Load(stream, fileName, limits, budget.Token);
            if (mesh.TriangleCount == 0)
            {
                return Failed(options, "the file has no printable geometry");
            }

            budget.Token.ThrowIfCancellationRequested();
            var image = MeshRasterizer.Render(mesh.Positions, mesh.TriangleCount, options);
            return new RenderedThumbnail(PngEncoder.Encode(image), image.Width, image.Height, mesh.TriangleCount, null);
        }
        catch (InvalidPrintFileException ex)
        {
            return Failed(options, ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(options, "time budget exceeded");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Failed(options, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static RenderedThumbnail Failed(ThumbnailRenderOptions options, string reason) =>
        new(null, options.Width, options.Height, 0, "unreadable: " + reason);
}
