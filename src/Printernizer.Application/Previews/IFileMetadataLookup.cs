using Printernizer.Application.Files;

namespace Printernizer.Application.Previews;

/// <summary>Finds the print metadata of the file a job prints (by printer and name or path).</summary>
public interface IFileMetadataLookup
{
    /// <summary>
    /// Metadata of the printer's file named <paramref name="fileName"/> (or at <paramref name="filePath"/>), preferring an
    /// exact path match; null when no inspected file matches.
    /// </summary>
    Task<FileMetadataDto?> FindAsync(Guid printerId, string? fileName, string? filePath, CancellationToken cancellationToken);
}
