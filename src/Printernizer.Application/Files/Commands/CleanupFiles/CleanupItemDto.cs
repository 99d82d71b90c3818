namespace Printernizer.Application.Files.Commands.CleanupFiles;

/// <summary>One local copy chosen by the cleanup, and why (<c>age</c> or <c>size</c>).</summary>
public sealed record CleanupItemDto(Guid Id, string Name, string LocalPath, long SizeBytes, DateTimeOffset? DownloadedAt, string Reason);
