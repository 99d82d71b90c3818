namespace Printernizer.Application.Previews;

/// <summary>
/// Reads metadata, embedded thumbnails and mesh summaries from print files (G-code, .bgcode, 3MF, STL).
/// Implementations are bounded in time and memory and never throw for bad file content: the result's
/// <see cref="FileInspection.Unreadable"/> says why. Only cancellation by the caller's token throws
/// <see cref="OperationCanceledException"/>.
/// </summary>
public interface IFileInspector
{
    /// <summary>Inspects a file on disk. A missing or unreadable path is reported in the result, not thrown.</summary>
    Task<FileInspection> InspectAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inspects content from a stream; <paramref name="fileName"/> is used only as an extension hint.
    /// Non-seekable streams are buffered (bounded by the size limit) before reading.
    /// </summary>
    Task<FileInspection> InspectAsync(Stream content, string fileName, CancellationToken cancellationToken = default);
}
