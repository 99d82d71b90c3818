using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Files;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Files;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Files;

/// <summary>
/// Runs one queued download: temp file in <c>files/.partial</c>, SHA-256 while writing, size check against the listing,
/// MD5 check of Bambu 3MF plates, then the move into the library. Retries with exponential backoff; after the last
/// attempt the row turns <c>error</c> with the reason. No partial file ever reaches the library.
/// </summary>
public sealed class FileDownloader(
    IServiceScopeFactory scopes,
    IPrinterFileSourceFactory sources,
    LocalFileLibrary library,
    IRealtimePublisher realtime,
    FilesOptions options,
    TimeProvider timeProvider,
    ILogger<FileDownloader> logger)
{
    public async Task RunAsync(Guid fileId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var files = scope.ServiceProvider.GetRequiredService<IFileRepository>();
        var printers = scope.ServiceProvider.GetRequiredService<IPrinterRepository>();
        var file = await files.GetAsync(fileId, cancellationToken);
        if (file is null || file.Status != FileStatus.Downloading || file.PrinterId is null || file.SourcePath is null)
        {
            return;
        }

        var printer = await printers.GetAsync(file.PrinterId.Value, cancellationToken);
        if (printer is null)
        {
            await FailAsync(files, file, null, "The printer of this file no longer exists.", cancellationToken);
            return;
        }

        var attempts = Math.Max(1, options.MaxDownloadAttempts);
        Exception? last = null;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                await TransferAsync(files, file, printer, cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw; // shutdown: the row stays "downloading" and is queued again at the next start
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                last = ex;
                logger.LogWarning("Download of {File} from {Printer} failed (attempt {Attempt} of {Attempts}): {Reason}", file.Name, printer.Name, attempt, attempts, ex.Message);
                if (ex is NotFoundException)
                {
                    break; // gone from the printer: retrying cannot help
                }

                if (attempt < attempts)
                {
                    var delay = TimeSpan.FromSeconds(options.RetryBaseDelaySeconds * Math.Pow(2, attempt - 1));
                    await Task.Delay(delay, timeProvider, cancellationToken);
                }
            }
        }

        await FailAsync(files, file, printer.Name, last?.Message ?? "The download failed.", cancellationToken);
    }

    private async Task TransferAsync(IFileRepository files, PrinterFile file, Printer printer, CancellationToken cancellationToken)
    {
        var temp = library.TempPathFor(file.Id);
        try
        {
            var hasCopy = file.LocalPath is not null && library.Exists(file.LocalPath);
            PrinterFileDownloadResult result;
            string sha256;
            long bytes;
            var progress = new DownloadProgressReporter(realtime, file, timeProvider);
            await using (var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await using (var hashing = new HashingWriteStream(output, options.DownloadBytesPerSecondLimit, timeProvider))
            {
                await using var source = sources.Create(PrinterConnectionSettings.From(printer));
                result = await source.DownloadAsync(file.SourcePath!, hashing, progress, hasCopy ? file.ETag : null, cancellationToken);
                await hashing.FlushAsync(cancellationToken);
                sha256 = hashing.FinishHash();
                bytes = hashing.Written;
            }

            var now = timeProvider.GetUtcNow();
            if (result.NotModified && hasCopy)
            {
                logger.LogInformation("{File} on {Printer} is unchanged (ETag {ETag}); the local copy stays", file.Name, printer.Name, result.ETag);
                await CompleteAsync(files, file, printer.Name, file.LocalPath!, file.Sha256, result.ETag, now, cancellationToken);
                return;
            }

            progress.Complete(bytes);
            if (file.SizeBytes > 0 && bytes != file.SizeBytes)
            {
                throw new InvalidDataException(FormattableString.Invariant($"Received {bytes} bytes, but the printer lists {file.SizeBytes}: the transfer is incomplete."));
            }

            if (file.Type == "3mf" && ThreeMfPlateVerifier.Verify(temp) is { } damaged)
            {
                throw new InvalidDataException(damaged);
            }

            var localPath = library.Place(temp, printer.Name, now, file.Name, file.LocalPath);
            if (file.LocalPath is { } previous && previous != localPath)
            {
                library.Delete(previous);
            }

            if (file.SizeBytes == 0)
            {
                file.SizeBytes = bytes;
            }

            await CompleteAsync(files, file, printer.Name, localPath, sha256, result.ETag, now, cancellationToken);
            logger.LogInformation("Downloaded {File} from {Printer}: {Bytes} bytes, SHA-256 {Sha256}", file.Name, printer.Name, bytes, sha256);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private async Task CompleteAsync(IFileRepository files, PrinterFile file, string printerName, string localPath, string? sha256, string? etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A sync may have changed the row meanwhile: start from the stored state.
        var current = await files.GetAsync(file.Id, CancellationToken.None) ?? file;
        current.LocalPath = localPath;
        current.Sha256 = sha256;
        current.ETag = etag;
        current.DownloadedAt = now;
        current.Error = null;
        current.SizeBytes = current.SizeBytes == 0 ? file.SizeBytes : current.SizeBytes;
        current.Status = current.Status == FileStatus.Missing ? FileStatus.Missing : FileStatus.Downloaded;
        current.UpdatedAt = now;
        await files.UpdateAsync(current, cancellationToken);
        realtime.Publish("file.updated", FileDto.From(current, printerName), file.Id.ToString("D"));
    }

    private async Task FailAsync(IFileRepository files, PrinterFile file, string? printerName, string reason, CancellationToken cancellationToken)
    {
        var current = await files.GetAsync(file.Id, CancellationToken.None) ?? file;
        current.Status = current.LocalPath is not null && library.Exists(current.LocalPath) ? FileStatus.Downloaded : FileStatus.Error;
        current.Error = reason;
        current.UpdatedAt = timeProvider.GetUtcNow();
        await files.UpdateAsync(current, cancellationToken);
        realtime.Publish("file.updated", FileDto.From(current, printerName), file.Id.ToString("D"));
        logger.LogWarning("Download of {File} failed: {Reason}", file.Name, reason);
    }
}
