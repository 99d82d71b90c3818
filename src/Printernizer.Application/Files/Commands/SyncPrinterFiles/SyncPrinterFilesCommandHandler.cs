using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Files;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Files.Commands.SyncPrinterFiles;

/// <summary>
/// Reconciles a printer's listing with the stored rows: new files become <c>available</c>, files that vanished become
/// <c>missing</c> (never dropped, so a local copy stays in the list), files that came back regain their status.
/// </summary>
public sealed class SyncPrinterFilesCommandHandler(
    IPrinterRepository printers,
    IFileRepository files,
    IPrinterFileSourceFactory sources,
    IRealtimePublisher realtime,
    TimeProvider timeProvider,
    ILogger<SyncPrinterFilesCommandHandler> logger) : IRequestHandler<SyncPrinterFilesCommand, FileSyncResultDto>
{
    /// <summary>More changed rows than this are announced as one <c>files.synced</c> event instead of one event per row.</summary>
    public const int MaxEventsPerSync = 50;

    public async Task<FileSyncResultDto> Handle(SyncPrinterFilesCommand request, CancellationToken cancellationToken)
    {
        IReadOnlyList<Printer> targets;
        if (request.PrinterId is { } id)
        {
            var printer = await printers.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("Printer", id);
            targets = [printer];
        }
        else
        {
            targets = (await printers.ListAsync(cancellationToken)).Where(p => p.IsActive).ToList();
        }

        var results = new List<PrinterFileSyncDto>();
        foreach (var printer in targets)
        {
            results.Add(await SyncAsync(printer, cancellationToken));
        }

        return new FileSyncResultDto(results);
    }

    private async Task<PrinterFileSyncDto> SyncAsync(Printer printer, CancellationToken cancellationToken)
    {
        IReadOnlyList<PrinterFileEntry> listing;
        try
        {
            await using var source = sources.Create(PrinterConnectionSettings.From(printer));
            listing = await source.ListAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is PrinterCommunicationException or NotFoundException or IOException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning("Listing the files of printer {Printer} failed: {Reason}", printer.Name, ex.Message);
            return new PrinterFileSyncDto(printer.Id, printer.Name, false, 0, 0, 0, 0, ex.Message);
        }

        var now = timeProvider.GetUtcNow();
        var existing = (await files.ListForPrinterAsync(printer.Id, cancellationToken))
            .Where(f => f.SourcePath is not null)
            .GroupBy(f => f.SourcePath!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inserts = new List<PrinterFile>();
        var updates = new List<PrinterFile>();
        var statusChanged = new List<PrinterFile>();
        foreach (var entry in listing)
        {
            if (!seen.Add(entry.SourcePath))
            {
                continue;
            }

            if (existing.TryGetValue(entry.SourcePath, out var file))
            {
                var before = file.Status;
                var changed = file.Name != entry.Name || file.Path != entry.DisplayPath || file.SizeBytes != entry.SizeBytes || file.ModifiedAt != entry.ModifiedAt;
                file.Name = entry.Name;
                file.Path = entry.DisplayPath;
                file.Type = PrinterFile.TypeOf(entry.Name);
                file.SizeBytes = entry.SizeBytes;
                file.ModifiedAt = entry.ModifiedAt;
                file.LastSeenAt = now;
                if (file.Status is FileStatus.Missing or FileStatus.Local)
                {
                    file.Status = file.HasLocalCopy ? FileStatus.Downloaded : FileStatus.Available;
                }

                if (file.Status != before || changed)
                {
                    file.UpdatedAt = now;
                    if (file.Status != before)
                    {
                        statusChanged.Add(file);
                    }
                }

                updates.Add(file);
            }
            else
            {
                var added = new PrinterFile
                {
                    Id = Guid.NewGuid(),
                    PrinterId = printer.Id,
                    SourcePath = entry.SourcePath,
                    Path = entry.DisplayPath,
                    Name = entry.Name,
                    Type = PrinterFile.TypeOf(entry.Name),
                    SizeBytes = entry.SizeBytes,
                    ModifiedAt = entry.ModifiedAt,
                    Status = FileStatus.Available,
                    LastSeenAt = now,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                inserts.Add(added);
                statusChanged.Add(added);
            }
        }

        var missing = 0;
        foreach (var file in existing.Values.Where(f => !seen.Contains(f.SourcePath!)))
        {
            // Local rows were deleted from the printer on purpose; a running download fails and reports by itself.
            if (file.Status is FileStatus.Missing or FileStatus.Local or FileStatus.Downloading)
            {
                continue;
            }

            file.Status = FileStatus.Missing;
            file.UpdatedAt = now;
            updates.Add(file);
            statusChanged.Add(file);
            missing++;
        }

        await files.SaveManyAsync(inserts, updates, cancellationToken);
        if (statusChanged.Count <= MaxEventsPerSync)
        {
            foreach (var file in statusChanged)
            {
                realtime.Publish("file.updated", FileDto.From(file, printer.Name), file.Id.ToString("D"));
            }
        }
        else
        {
            realtime.Publish("files.synced", new { printerId = printer.Id, added = inserts.Count, missing }, printer.Id.ToString("D"));
        }

        logger.LogInformation(
            "Synced {Count} files of printer {Printer}: {Added} new, {Missing} missing", seen.Count, printer.Name, inserts.Count, missing);
        return new PrinterFileSyncDto(printer.Id, printer.Name, true, seen.Count, inserts.Count, updates.Count - missing, missing, null);
    }
}
