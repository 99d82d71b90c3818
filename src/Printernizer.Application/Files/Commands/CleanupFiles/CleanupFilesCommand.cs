using MediatR;

namespace Printernizer.Application.Files.Commands.CleanupFiles;

/// <summary>
/// Deletes local copies by policy: older than <see cref="OlderThanDays"/>, then oldest first until the library is at most
/// <see cref="MaxTotalBytes"/>. Only local copies; never a file an open job prints. <see cref="DryRun"/> only reports.
/// </summary>
public sealed record CleanupFilesCommand : IRequest<CleanupResultDto>
{
    /// <example>90</example>
    public int? OlderThanDays { get; init; }

    /// <example>10737418240</example>
    public long? MaxTotalBytes { get; init; }

    /// <example>true</example>
    public bool DryRun { get; init; }
}
