namespace Printernizer.Application.Files.Commands.DownloadFiles;

/// <summary>Files now queued (status <c>downloading</c>) and files skipped with the reason.</summary>
public sealed record DownloadRequestResultDto(IReadOnlyList<FileDto> Queued, IReadOnlyList<SkippedFileDto> Skipped);
