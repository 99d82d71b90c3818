namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>A thumbnail (PNG) or <see cref="NotModified"/> when the sent ETag still matches.</summary>
public sealed record PrusaLinkThumbnail(bool NotModified, string? ETag, string? ContentType, byte[]? Content);
