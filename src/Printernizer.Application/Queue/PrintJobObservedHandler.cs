using MediatR;
using Printernizer.Application.Jobs;
using Printernizer.Application.Printers;
using Printernizer.Application.Webhooks;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>
/// A job started: the plate is no longer cleared, the dispatched queue item gets its job (and the order link),
/// and <c>job.started</c> goes out. Progress ticks send <c>job.progress</c>.
/// </summary>
public sealed class PrintJobObservedHandler(
    IJobRepository jobs,
    IPrinterRepository printers,
    IQueueRepository queue,
    IPrinterPlateStore plates,
    IOrderProgress orders,
    PrintQueueService service,
    IWebhookOutbox webhooks,
    TimeProvider timeProvider) : INotificationHandler<PrintJobObserved>
{
    /// <summary>A job first seen later than this after its start was already running (e.g. after a restart).</summary>
    private static readonly TimeSpan FreshStart = TimeSpan.FromMinutes(2);

    public async Task Handle(PrintJobObserved notification, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(notification.JobId, cancellationToken);
        if (job is null)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var printer = await printers.GetAsync(job.PrinterId, cancellationToken);
        var item = await queue.FindByJobAsync(job.Id, cancellationToken);
        if (!notification.Started)
        {
            await webhooks.EnqueueAsync(WebhookEvents.JobProgress, JobWebhookData.From(job, printer?.Name, item?.OrderId, item?.Id, now), cancellationToken);
            return;
        }

        if (now - job.StartedAt > FreshStart && item is not null)
        {
            return; // seen before (e.g. the server restarted mid-print)
        }

        await plates.MarkJobStartedAsync(job.PrinterId, job.StartedAt, cancellationToken);
        item ??= await LinkAsync(job.Id, job.PrinterId, job.FileName, job.Name, now, cancellationToken);
        if (now - job.StartedAt <= FreshStart)
        {
            await webhooks.EnqueueAsync(WebhookEvents.JobStarted, JobWebhookData.From(job, printer?.Name, item?.OrderId, item?.Id, now), cancellationToken);
        }

        if (item?.OrderId is { } orderId)
        {
            await orders.JobStartedAsync(orderId, item.OrderLineNo, job.Id, cancellationToken);
        }
    }

    private async Task<QueueItem?> LinkAsync(Guid jobId, Guid printerId, string? fileName, string jobName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var awaiting = await queue.ListAwaitingJobAsync(printerId, cancellationToken);
        var item = awaiting.FirstOrDefault(i => Matches(i, fileName, jobName))
            ?? awaiting.FirstOrDefault(i => i.DispatchedAt is { } at && now - at < TimeSpan.FromMinutes(15));
        if (item is null)
        {
            return null;
        }

        item.JobId = jobId;
        item.Status = QueueItemStatus.Printing;
        await service.SaveAsync(item, cancellationToken);
        if (item.OrderId is { } orderId)
        {
            await queue.SetJobOrderAsync(jobId, orderId, cancellationToken);
        }

        return item;
    }

    private static bool Matches(QueueItem item, string? fileName, string jobName)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        var baseName = Commands.DispatchQueueItem.DispatchQueueItemCommandHandler.JobNameOf(item.FileName);
        return string.Equals(name, item.FileName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(jobName, baseName, StringComparison.OrdinalIgnoreCase)
            || (name.Length > 0 && string.Equals(Commands.DispatchQueueItem.DispatchQueueItemCommandHandler.JobNameOf(name), baseName, StringComparison.OrdinalIgnoreCase));
    }
}
