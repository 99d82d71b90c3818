using MediatR;

namespace Printernizer.Application.Files.Commands.DownloadFile;

/// <summary>Queues the download of one printer file (404 unknown, 409 local-only or gone from the printer).</summary>
public sealed record DownloadFileCommand(Guid Id) : IRequest<FileDto>;
