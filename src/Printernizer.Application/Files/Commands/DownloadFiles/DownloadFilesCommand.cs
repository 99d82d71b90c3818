using MediatR;

namespace Printernizer.Application.Files.Commands.DownloadFiles;

/// <summary>Queues the download of several files (<c>POST /api/v1/files/downloads</c>); files that cannot be downloaded are skipped with a reason.</summary>
public sealed record DownloadFilesCommand : IRequest<DownloadRequestResultDto>
{
    public IReadOnlyList<Guid> FileIds { get; init; } = [];
}
