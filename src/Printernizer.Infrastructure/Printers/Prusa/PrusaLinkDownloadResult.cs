namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>Outcome of a download into a stream: bytes written, or <see cref="NotModified"/> (nothing written).</summary>
public sealed record PrusaLinkDownloadResult(bool NotModified, string? ETag, long BytesWritten);
