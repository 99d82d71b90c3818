using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Previews;
using Printernizer.Application.Printers;
using Printernizer.Domain.Files;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>
/// Serves cached thumbnails; a Prusa file still on the printer whose thumbnail was not fetched yet is fetched on demand
/// (once; an unreachable printer answers "no thumbnail" until the background retry).
/// </summary>
public sealed class FileThumbnails(
    FilePreviewStore store,
    ThumbnailCache cache,
    PrusaThumbnailFetcher prusa,
    IPrinterRepository printers,
    TimeProvider timeProvider,
    ILogger<FileThumbnails> logger) : IFileThumbnails
{
    public async Task<FileThumbnail?> GetAsync(PrinterFile file, CancellationToken cancellationToken)
    {
        var columns = await store.GetColumnsAsync(file.Id, cancellationToken);
        if (columns?.ThumbnailKey is { } key && await cache.ReadAsync(key, cancellationToken) is { } png)
        {
            return new FileThumbnail(png, key);
        }

        if (file.LocalPath is not null || file.PrinterId is not { } printerId || file.SourcePath is null || columns?.PrinterThumbnailCheckedAt is not null)
        {
            return null;
        }

        var printer = await printers.GetAsync(printerId, cancellationToken);
        if (printer is not { Kind: PrinterKind.Prusa })
        {
            return null;
        }

        string? fetched;
        try
        {
            fetched = await prusa.FetchAsync(printer, file.SourcePath, cancellationToken);
        }
        catch (PrinterCommunicationException ex)
        {
            logger.LogInformation("No thumbnail of {File} from {Printer}: {Reason}", file.Name, printer.Name, ex.Message);
            return null;
        }

        await store.SetPrinterThumbnailAsync(file.Id, fetched, timeProvider.GetUtcNow(), cancellationToken);
        return fetched is not null && await cache.ReadAsync(fetched, cancellationToken) is { } fresh ? new FileThumbnail(fresh, fetched) : null;
    }
}
