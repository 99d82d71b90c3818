using System.Collections.Concurrent;
using System.Threading.Channels;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Files;
using Printernizer.Application.Files.Commands.SyncPrinterFiles;
using Printernizer.Domain.Files;

namespace Printernizer.Infrastructure.Files;

/// <summary>
/// The background transfer queue (hosted): downloads from a bounded channel, one per printer at a time and at most
/// <see cref="FilesOptions.MaxConcurrentDownloads"/> overall, plus deferred per-printer syncs. At start-up, partial temp
/// files are removed and rows still marked <c>downloading</c> are queued again (downloads survive a restart).
/// </summary>
public sealed class FileTransferService(
    IServiceScopeFactory scopes,
    FileDownloader downloader,
    LocalFileLibrary library,
    FilesOptions options,
    IHostApplicationLifetime lifetime,
    ILogger<FileTransferService> logger) : BackgroundService, IFileTransfers
{
    public const int QueueCapacity = 100_000;

    private readonly Channel<Guid> _downloads = Channel.CreateBounded<Guid>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
    private readonly Channel<Guid> _syncs = Channel.CreateBounded<Guid>(new BoundedChannelOptions(1024) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
    private readonly ConcurrentDictionary<Guid, byte> _queued = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _printerSlots = new();
    private readonly SemaphoreSlim _globalSlots = new(Math.Max(1, options.MaxConcurrentDownloads));

    /// <summary>Downloads queued or running.</summary>
    public int Pending => _queued.Count;

    public void EnqueueDownload(Guid fileId)
    {
        if (!_queued.TryAdd(fileId, 0))
        {
            return;
        }

        if (!_downloads.Writer.TryWrite(fileId))
        {
            _queued.TryRemove(fileId, out _);
            logger.LogWarning("The download queue is full ({Capacity}); {FileId} stays 'downloading' and is queued at the next start", QueueCapacity, fileId);
        }
    }

    public void RequestSync(Guid printerId) => _syncs.Writer.TryWrite(printerId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start after every hosted service (the database migration runs in one of them).
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var removed = library.CleanPartials();
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} partial downloads left from the last run", removed);
        }

        await RequeueAsync(stoppingToken);
        var syncLoop = RunSyncsAsync(stoppingToken);
        var running = new ConcurrentDictionary<Task, byte>();
        try
        {
            await foreach (var fileId in _downloads.Reader.ReadAllAsync(stoppingToken))
            {
                var task = ProcessAsync(fileId, stoppingToken);
                running.TryAdd(task, 0);
                _ = task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running.Keys.Append(syncLoop));
    }

    private async Task RequeueAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var pending = await scope.ServiceProvider.GetRequiredService<IFileRepository>().ListByStatusAsync(FileStatus.Downloading, cancellationToken);
            foreach (var file in pending)
            {
                EnqueueDownload(file.Id);
            }

            if (pending.Count > 0)
            {
                logger.LogInformation("Resuming {Count} downloads from the last run", pending.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not queue the downloads left from the last run");
        }
    }

    private async Task ProcessAsync(Guid fileId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            Guid? printerId;
            using (var scope = scopes.CreateScope())
            {
                printerId = (await scope.ServiceProvider.GetRequiredService<IFileRepository>().GetAsync(fileId, cancellationToken))?.PrinterId;
            }

            if (printerId is null)
            {
                return;
            }

            var printerSlot = _printerSlots.GetOrAdd(printerId.Value, static _ => new SemaphoreSlim(1, 1));
            await printerSlot.WaitAsync(cancellationToken);
            try
            {
                await _globalSlots.WaitAsync(cancellationToken);
                try
                {
                    await downloader.RunAsync(fileId, cancellationToken);
                }
                finally
                {
                    _globalSlots.Release();
                }
            }
            finally
            {
                printerSlot.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Download {FileId} failed unexpectedly", fileId);
        }
        finally
        {
            _queued.TryRemove(fileId, out _);
        }
    }

    private async Task RunSyncsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var printerId in _syncs.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SyncPrinterFilesCommand(printerId), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Syncing the files of printer {PrinterId} failed: {Reason}", printerId, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
