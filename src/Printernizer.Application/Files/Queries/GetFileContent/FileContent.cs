namespace Printernizer.Application.Files.Queries.GetFileContent;

/// <summary>An open local copy: the caller disposes <see cref="Content"/>.</summary>
public sealed record FileContent(Stream Content, string FileName, string? Sha256);
