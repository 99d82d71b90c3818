using MediatR;
using Printernizer.Application.Jobs;
using Printernizer.Application.Printers;
using Printernizer.Application.Webhooks;
using Printernizer.Domain.Jobs;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>
/// A job ended: its queue item becomes done or failed, the order hears about the copy (and completes when every copy is
/// done), and <c>job.completed</c>/<c>job.failed</c>/<c>order.completed</c> go out.
/// </summary>
public sealed class PrintJobEndedQueueHandler(
    IJobRepository jobs,
    IPrinterRepository printers,
    IQueueRepository queue,
    IOrderProgress orders,
    PrintQueueService service,
    JobProgressThrottle throttle,
    IWebhookOutbox webhooks,
    TimeProvider timeProvider) : INotificationHandler<PrintJobEnded>
{
    // Copies of one order end on several printers at once: one at a time decides "the order is complete" exactly once.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task Handle(PrintJobEnded notification, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await HandleAsync(notification, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task HandleAsync(PrintJobEnded notification, CancellationToken cancellationToken)
    {
        throttle.Ended(notification.JobId);
        var job = await jobs.GetAsync(notification.JobId, cancellationToken);
        if (job is null)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var item = await queue.FindByJobAsync(job.Id, cancellationToken);
        if (item is { Status: QueueItemStatus.Printing or QueueItemStatus.Dispatching })
        {
            var completed = job.Status == JobStatus.Completed;
            item.Status = completed ? QueueItemStatus.Done : QueueItemStatus.Failed;
            item.FailureReason = completed ? null : $"The print ended as {job.Status.ToString().ToLowerInvariant()} on the printer.";
            item.EndedAt = job.EndedAt ?? now;
            await service.SaveAsync(item, cancellationToken);
        }

        var printer = await printers.GetAsync(job.PrinterId, cancellationToken);
        await webhooks.EnqueueAsync(
            job.Status == JobStatus.Completed ? WebhookEvents.JobCompleted : WebhookEvents.JobFailed,
            JobWebhookData.From(job, printer?.Name, item?.OrderId, item?.Id, now),
            cancellationToken);

        if (item is { OrderId: { } orderId, Status: QueueItemStatus.Done })
        {
            await orders.CopyCompletedAsync(orderId, item.OrderLineNo, job.Id, cancellationToken);
            var all = await queue.ListForOrderAsync(orderId, cancellationToken);
            if (all.All(i => i.Status is QueueItemStatus.Done or QueueItemStatus.Cancelled) && all.Any(i => i.Status == QueueItemStatus.Done))
            {
                await orders.OrderCompletedAsync(orderId, cancellationToken);
                await webhooks.EnqueueAsync(
                    WebhookEvents.OrderCompleted,
                    new OrderWebhookData(orderId, (await orders.GetForQueueAsync(orderId, cancellationToken))?.Number, all.Count(i => i.Status == QueueItemStatus.Done), all.Where(i => i.JobId is not null).Select(i => i.JobId!.Value).ToList(), now),
                    cancellationToken);
            }
        }
    }
}
