namespace Printernizer.Application.Previews;

/// <summary>
/// Result of inspecting a print file. Never thrown away on bad input: a broken or hostile file gives
/// <see cref="Unreadable"/> = "unreadable: &lt;why&gt;" plus whatever could be read safely before the problem.
/// Non-fatal problems (a damaged thumbnail, a CRC mismatch in one block) are listed in <see cref="Warnings"/>.
/// </summary>
public sealed record FileInspection
{
    public required string FileName { get; init; }

    public long SizeBytes { get; init; }

    public PrintFileFormat Format { get; init; }

    /// <summary>True for a Bambu/Orca 3MF that carries plate G-code (<c>*.gcode.3mf</c>).</summary>
    public bool IsSlicedProject { get; init; }

    public PrintFileMetadata Metadata { get; init; } = PrintFileMetadata.Empty;

    /// <summary>Embedded preview images in file order (3MF: plate previews first).</summary>
    public IReadOnlyList<EmbeddedThumbnail> Thumbnails { get; init; } = [];

    /// <summary>Geometry summary for STL/3MF files with meshes; null otherwise.</summary>
    public MeshInfo? Mesh { get; init; }

    /// <summary>Non-fatal findings, e.g. "CRC mismatch in block 3 (printer metadata)", "thumbnail 220x124 damaged: …".</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>"unreadable: &lt;why&gt;" when the file is broken, hostile, over a limit or not a print file; null when readable.</summary>
    public string? Unreadable { get; init; }

    public bool IsReadable => Unreadable is null;

    /// <summary>The thumbnail best suited for a given display size: largest PNG not bigger than it, else the smallest bigger one, else any.</summary>
    public EmbeddedThumbnail? BestThumbnail(int maxWidth = 512, int maxHeight = 512)
    {
        EmbeddedThumbnail? fitting = null;
        EmbeddedThumbnail? larger = null;
        foreach (var thumbnail in Thumbnails)
        {
            if (thumbnail.Format != ThumbnailImageFormat.Png)
            {
                continue;
            }

            if (thumbnail.Width <= maxWidth && thumbnail.Height <= maxHeight)
            {
                if (fitting is null || thumbnail.Width * thumbnail.Height > fitting.Width * fitting.Height)
                {
                    fitting = thumbnail;
                }
            }
            else if (larger is null || thumbnail.Width * thumbnail.Height < larger.Width * larger.Height)
            {
                larger = thumbnail;
            }
        }

        return fitting ?? larger ?? (Thumbnails.Count > 0 ? Thumbnails[0] : null);
    }
}
