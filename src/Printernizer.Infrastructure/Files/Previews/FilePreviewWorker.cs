using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Files;
using Printernizer.Application.Printers;

namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>
/// Background inspection, off the request path: every local copy whose content was not inspected yet (new upload,
/// finished download, changed content) is read for metadata and its thumbnail is cached; Prusa files still on the
/// printer get the printer's thumbnail. Publishes <c>file.updated</c>. Runs once at start-up, whenever a file row is
/// written (<see cref="FileChangeSignal"/>: add, upload, download, sync) and on a slow safety poll
/// (<see cref="FilesOptions.PreviewSafetyPollMinutes"/>), never polling the database in a tight loop.
/// </summary>
public sealed class FilePreviewWorker(
    IServiceScopeFactory scopes,
    FileChangeSignal changes,
    FilesOptions options,
    FilePreviewStore store,
    FilePreviewBuilder builder,
    PrusaThumbnailFetcher prusa,
    LocalFileLibrary library,
    IRealtimePublisher realtime,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<FilePreviewWorker> logger) : BackgroundService
{
    private const int Batch = 20;
    private static readonly TimeSpan FailureRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PrinterRetry = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start after every hosted service (the database migration runs in one of them).
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var safetyPoll = TimeSpan.FromMinutes(Math.Max(0.01, options.PreviewSafetyPollMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            var failed = false;
            try
            {
                busy |= await InspectPendingAsync(stoppingToken);
                busy |= await FetchPrinterThumbnailsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogWarning(ex, "File preview pass failed; trying again shortly");
                failed = true;
            }

            if (!busy)
            {
                try
                {
                    // A full batch: go on at once. Otherwise sleep until a file row is written (or the safety poll).
                    await changes.WaitAsync(failed ? FailureRetry : safetyPoll, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<bool> InspectPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await store.ListPendingAsync(Batch, cancellationToken);
        foreach (var file in pending)
        {
            FileInspectionResult result;
            try
            {
                result = await builder.BuildAsync(library.Resolve(file.LocalPath), file.Sha256, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The readers never throw for content; anything else (I/O, a path outside the library) marks the file.
                logger.LogWarning("Inspecting {File} failed: {Reason}", file.Name, ex.Message);
                result = new FileInspectionResult(null, null, null, null, null, null, null, "unreadable: " + ex.Message, "none", null);
            }

            if (await store.SaveAsync(file.Id, file.Sha256, result, cancellationToken))
            {
                logger.LogDebug("Inspected {File}: {Kind} {Unreadable}", file.Name, result.PreviewKind, result.Unreadable);
                await PublishAsync(file.Id, cancellationToken);
            }
        }

        return pending.Count == Batch;
    }

    private async Task<bool> FetchPrinterThumbnailsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var candidates = await store.ListPrinterThumbnailCandidatesAsync(now - PrinterRetry, Batch, cancellationToken);
        if (candidates.Count == 0)
        {
            return false;
        }

        using var scope = scopes.CreateScope();
        var printers = scope.ServiceProvider.GetRequiredService<IPrinterRepository>();
        foreach (var group in candidates.GroupBy(c => c.PrinterId))
        {
            var printer = await printers.GetAsync(group.Key, cancellationToken);
            var reachable = printer is not null;
            foreach (var file in group)
            {
                string? key = null;
                if (reachable)
                {
                    try
                    {
                        key = await prusa.FetchAsync(printer!, file.SourcePath, cancellationToken);
                    }
                    catch (PrinterCommunicationException ex)
                    {
                        logger.LogInformation("Printer {Printer} gave no thumbnail: {Reason}", printer!.Name, ex.Message);
                        reachable = !ex.Unreachable;
                    }
                }

                await store.SetPrinterThumbnailAsync(file.Id, key, timeProvider.GetUtcNow(), cancellationToken);
                if (key is not null)
                {
                    await PublishAsync(file.Id, cancellationToken);
                }
            }
        }

        return candidates.Count == Batch;
    }

    private async Task PublishAsync(Guid id, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        if (await scope.ServiceProvider.GetRequiredService<IFileQueries>().GetAsync(id, cancellationToken) is { } dto)
        {
            realtime.Publish("file.updated", dto, id.ToString("D"));
        }
    }
}
