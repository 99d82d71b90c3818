namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>A folder listing, or <see cref="NotModified"/> when the sent ETag still matches.</summary>
public sealed record PrusaLinkFolderResult(bool NotModified, string? ETag, PrusaLinkFile? Folder);
