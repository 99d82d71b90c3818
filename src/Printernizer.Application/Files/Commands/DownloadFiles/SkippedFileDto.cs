namespace Printernizer.Application.Files.Commands.DownloadFiles;

/// <summary>A file not queued and why.</summary>
public sealed record SkippedFileDto(Guid FileId, string Reason);
