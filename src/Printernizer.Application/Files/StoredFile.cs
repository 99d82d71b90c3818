namespace Printernizer.Application.Files;

/// <summary>A file placed in the local library: relative path, size and SHA-256 (lower-case hex).</summary>
public sealed record StoredFile(string LocalPath, long SizeBytes, string Sha256);
