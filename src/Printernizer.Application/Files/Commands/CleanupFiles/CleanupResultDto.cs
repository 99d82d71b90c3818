namespace Printernizer.Application.Files.Commands.CleanupFiles;

/// <summary>What was (or, with <c>dryRun</c>, would be) deleted.</summary>
public sealed record CleanupResultDto(bool DryRun, int DeletedCount, long FreedBytes, long RemainingBytes, IReadOnlyList<CleanupItemDto> Files);
