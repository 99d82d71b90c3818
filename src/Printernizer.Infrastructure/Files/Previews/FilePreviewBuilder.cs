using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>
/// Inspects one local copy and caches its thumbnail: the embedded PNG that fits 512 px best, else for a mesh without
/// one a rendered 512 px PNG. A broken or hostile file gives "unreadable: &lt;why&gt;", never an exception.
/// </summary>
public sealed class FilePreviewBuilder(IFileInspector inspector, IThumbnailRenderer renderer, ThumbnailCache cache)
{
    public const int ThumbnailSize = 512;

    internal async Task<FileInspectionResult> BuildAsync(string fullPath, string sha256, CancellationToken cancellationToken)
    {
        var inspection = await inspector.InspectAsync(fullPath, cancellationToken);
        if (!inspection.IsReadable)
        {
            return new FileInspectionResult(null, null, null, null, null, null, null, inspection.Unreadable, "none", null);
        }

        var hasMesh = inspection.Mesh is { TriangleCount: > 0 };
        string? key = null;
        if (cache.Exists(sha256))
        {
            key = sha256;
        }
        else if (inspection.BestThumbnail(ThumbnailSize, ThumbnailSize) is { Format: ThumbnailImageFormat.Png } embedded)
        {
            await cache.WriteAsync(sha256, embedded.Data, cancellationToken);
            key = sha256;
        }
        else if (hasMesh)
        {
            var rendered = await renderer.RenderAsync(fullPath, new ThumbnailRenderOptions { Width = ThumbnailSize, Height = ThumbnailSize }, cancellationToken);
            if (rendered.Png is { } png)
            {
                await cache.WriteAsync(sha256, png, cancellationToken);
                key = sha256;
            }
        }

        var kind = hasMesh ? "mesh"
            : inspection.Format == PrintFileFormat.GCode ? "gcode"
            : key is not null ? "thumbnail"
            : "none";
        var m = inspection.Metadata;
        return new FileInspectionResult(m.PrintSeconds, m.FilamentGrams, m.FilamentType, m.LayerHeightMm, m.Slicer, m.PrinterModel, m.PlateCount, null, kind, key);
    }
}
