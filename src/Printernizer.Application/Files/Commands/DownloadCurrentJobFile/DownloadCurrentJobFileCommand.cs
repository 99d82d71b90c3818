using MediatR;

namespace Printernizer.Application.Files.Commands.DownloadCurrentJobFile;

/// <summary>Queues the download of the file the printer's open job prints (syncs the printer's files first when needed).</summary>
public sealed record DownloadCurrentJobFileCommand(Guid PrinterId) : IRequest<FileDto>;
