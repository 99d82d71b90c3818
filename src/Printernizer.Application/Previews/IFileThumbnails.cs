using Printernizer.Domain.Files;

namespace Printernizer.Application.Previews;

/// <summary>
/// Thumbnails of files: the PNG cached from the local copy (embedded or rendered), or for a Prusa file still on the
/// printer its <c>/thumb/l</c> image (fetched once and cached).
/// </summary>
public interface IFileThumbnails
{
    /// <summary>The thumbnail, or null when the file has none.</summary>
    Task<FileThumbnail?> GetAsync(PrinterFile file, CancellationToken cancellationToken);
}
