using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.RequeueQueueItem;

public sealed class RequeueQueueItemCommandHandler(PrintQueueService service) : IRequestHandler<RequeueQueueItemCommand, QueueItemDto>
{
    public async Task<QueueItemDto> Handle(RequeueQueueItemCommand request, CancellationToken cancellationToken)
    {
        var item = await service.GetAsync(request.Id, cancellationToken);
        if (item.Status is not (QueueItemStatus.Failed or QueueItemStatus.Cancelled))
        {
            throw new ConflictException($"Only failed or cancelled items can be requeued; this one is {item.Status.ToString().ToLowerInvariant()}.");
        }

        item.Status = QueueItemStatus.Queued;
        item.PrinterId = null;
        item.JobId = null;
        item.FailureReason = null;
        item.DispatchedAt = null;
        item.EndedAt = null;
        var dto = await service.SaveAsync(item, cancellationToken);
        await service.AutoAssignAsync(cancellationToken);
        return dto;
    }
}
