using System.Globalization;
using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.ExpireStuckDispatches;

public sealed class ExpireStuckDispatchesCommandHandler(
    IQueueRepository queue,
    PrintQueueService service,
    QueueOptions options,
    DispatchesInFlight inFlight,
    TimeProvider timeProvider,
    ILogger<ExpireStuckDispatchesCommandHandler> logger) : IRequestHandler<ExpireStuckDispatchesCommand, int>
{
    public async Task<int> Handle(ExpireStuckDispatchesCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var timeout = options.EffectiveDispatchTimeout;
        var deadline = now - timeout;
        var stuck = (await queue.ListOpenAsync(cancellationToken))
            .Where(i => i.Status == QueueItemStatus.Dispatching && i.JobId is null && (i.DispatchedAt ?? i.UpdatedAt) <= deadline && !inFlight.Contains(i.Id))
            .ToList();
        foreach (var item in stuck)
        {
            logger.LogWarning("Queue item {ItemId} ({FileName}) was dispatching since {Since:O}; marking it failed (dispatch timed out)", item.Id, item.FileName, item.DispatchedAt ?? item.UpdatedAt);
            item.Status = QueueItemStatus.Failed;
            item.FailureReason = string.Create(
                CultureInfo.InvariantCulture,
                $"Dispatch timed out: the printer did not report the print within {timeout.TotalMinutes:0.#} min.");
            item.EndedAt = now;
            await service.SaveAsync(item, cancellationToken);
        }

        return stuck.Count;
    }
}
