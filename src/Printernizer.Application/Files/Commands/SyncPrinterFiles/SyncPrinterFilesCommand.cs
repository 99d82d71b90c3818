using MediatR;

namespace Printernizer.Application.Files.Commands.SyncPrinterFiles;

/// <summary>Lists the files of one printer (or of every active printer) and updates the combined list.</summary>
public sealed record SyncPrinterFilesCommand(Guid? PrinterId = null) : IRequest<FileSyncResultDto>;
