namespace Printernizer.Application.Previews;

/// <summary>A cached PNG thumbnail of a file; <see cref="Key"/> (a SHA-256) doubles as its ETag.</summary>
public sealed record FileThumbnail(byte[] Png, string Key);
