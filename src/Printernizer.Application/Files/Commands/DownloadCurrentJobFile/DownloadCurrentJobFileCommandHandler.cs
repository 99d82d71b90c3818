using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Files.Commands.DownloadFile;
using Printernizer.Application.Files.Commands.SyncPrinterFiles;
using Printernizer.Application.Jobs;
using Printernizer.Application.Printers;
using Printernizer.Domain.Files;

namespace Printernizer.Application.Files.Commands.DownloadCurrentJobFile;

public sealed class DownloadCurrentJobFileCommandHandler(
    IPrinterRepository printers,
    IJobRepository jobs,
    IFileRepository files,
    IMediator mediator) : IRequestHandler<DownloadCurrentJobFileCommand, FileDto>
{
    public async Task<FileDto> Handle(DownloadCurrentJobFileCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken) ?? throw NotFoundException.For("Printer", request.PrinterId);
        var job = await jobs.GetOpenForPrinterAsync(printer.Id, cancellationToken)
            ?? throw new ConflictException($"Printer '{printer.Name}' has no running job.");
        if (string.IsNullOrEmpty(job.FilePath) && string.IsNullOrEmpty(job.FileName))
        {
            throw new ConflictException($"The printer did not report which file job '{job.Name}' prints.");
        }

        var file = await FindAsync(printer.Id, job, cancellationToken);
        if (file is null)
        {
            await mediator.Send(new SyncPrinterFilesCommand(printer.Id), cancellationToken);
            file = await FindAsync(printer.Id, job, cancellationToken);
        }

        if (file is null)
        {
            throw new NotFoundException($"The file of job '{job.Name}' ({job.FilePath ?? job.FileName}) is not on printer '{printer.Name}'.");
        }

        return await mediator.Send(new DownloadFileCommand(file.Id), cancellationToken);
    }

    private async Task<PrinterFile?> FindAsync(Guid printerId, Domain.Jobs.PrintJob job, CancellationToken cancellationToken)
    {
        var candidates = (await files.ListForPrinterAsync(printerId, cancellationToken))
            .Where(f => f.Status != FileStatus.Missing && FileDownloadRules.Matches(f, job))
            .ToList();
        // Prefer an exact path match over a name match.
        return candidates.FirstOrDefault(f => job.FilePath is not null
                && string.Equals(f.SourcePath?.TrimStart('/'), job.FilePath.TrimStart('/'), StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault();
    }
}
