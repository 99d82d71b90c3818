using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.CancelQueueItem;

public sealed class CancelQueueItemCommandHandler(PrintQueueService service, TimeProvider timeProvider) : IRequestHandler<CancelQueueItemCommand, QueueItemDto>
{
    public async Task<QueueItemDto> Handle(CancelQueueItemCommand request, CancellationToken cancellationToken)
    {
        var item = await service.GetAsync(request.Id, cancellationToken);
        if (item.Status == QueueItemStatus.Cancelled)
        {
            return await service.ToDtoAsync(item, cancellationToken);
        }

        // A dispatch whose print never showed up on the printer (no job yet) may be cancelled too.
        var stuck = item.Status == QueueItemStatus.Dispatching && item.JobId is null;
        if (!item.IsWaiting && item.Status != QueueItemStatus.Failed && !stuck)
        {
            throw new ConflictException($"The item is {item.Status.ToString().ToLowerInvariant()}; stop the print on the printer instead.");
        }

        item.Status = QueueItemStatus.Cancelled;
        item.EndedAt = timeProvider.GetUtcNow();
        return await service.SaveAsync(item, cancellationToken);
    }
}
