using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Files;

namespace Printernizer.Application.Files.Commands.DeleteFile;

public sealed class DeleteFileCommandHandler(
    IFileRepository files,
    IFileQueries queries,
    IPrinterRepository printers,
    IJobRepository jobs,
    IPrinterFileSourceFactory sources,
    ILocalFileLibrary library,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<DeleteFileCommand>
{
    public async Task<Unit> Handle(DeleteFileCommand request, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("File", request.Id);
        if (file.Status == FileStatus.Downloading)
        {
            throw new ConflictException($"'{file.Name}' is being downloaded; wait until the download has finished.");
        }

        if (FileDownloadRules.IsInUse(file, await jobs.ListOpenAsync(cancellationToken)))
        {
            throw new ConflictException($"'{file.Name}' is being printed right now.");
        }

        var onPrinter = file.PrinterId is not null && file.SourcePath is not null && file.Status is not (FileStatus.Missing or FileStatus.Local);
        if (request.Scope == FileDeleteScope.Local)
        {
            if (file.LocalPath is null)
            {
                throw new ConflictException($"'{file.Name}' has no local copy.");
            }

            library.Delete(file.LocalPath);
            file.LocalPath = null;
            file.DownloadedAt = null;
            file.ETag = null;
            if (!onPrinter)
            {
                await RemoveAsync(file, cancellationToken);
                return Unit.Value;
            }

            file.Status = FileStatus.Available;
        }
        else
        {
            if (!onPrinter)
            {
                throw new ConflictException($"'{file.Name}' is not on a printer.");
            }

            var printer = await printers.GetAsync(file.PrinterId!.Value, cancellationToken)
                ?? throw new ConflictException($"The printer of '{file.Name}' no longer exists.");
            await using (var source = sources.Create(PrinterConnectionSettings.From(printer)))
            {
                await source.DeleteAsync(file.SourcePath!, cancellationToken);
            }

            if (file.LocalPath is null)
            {
                await RemoveAsync(file, cancellationToken);
                return Unit.Value;
            }

            file.Status = FileStatus.Local;
        }

        file.UpdatedAt = timeProvider.GetUtcNow();
        await files.UpdateAsync(file, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "file.deleted", "file", file.Id.ToString("D"), null, new { file.Name, scope = request.Scope.ToString() }), cancellationToken);
        realtime.Publish("file.updated", await queries.GetAsync(file.Id, cancellationToken) ?? FileDto.From(file, null), file.Id.ToString("D"));
        return Unit.Value;
    }

    private async Task RemoveAsync(PrinterFile file, CancellationToken cancellationToken)
    {
        await files.DeleteAsync(file.Id, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "file.removed", "file", file.Id.ToString("D"), null, new { file.Name }), cancellationToken);
        realtime.Publish("file.removed", new { id = file.Id, printerId = file.PrinterId }, file.Id.ToString("D"));
    }
}
