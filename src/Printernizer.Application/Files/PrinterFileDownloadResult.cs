namespace Printernizer.Application.Files;

/// <summary>Outcome of a download: bytes written, or <see cref="NotModified"/> (the sent ETag matched; nothing written).</summary>
public sealed record PrinterFileDownloadResult(bool NotModified, string? ETag, long BytesWritten);
