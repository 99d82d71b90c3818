using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.MoveQueueItem;

public sealed class MoveQueueItemCommandHandler(IQueueRepository queue, PrintQueueService service) : IRequestHandler<MoveQueueItemCommand, IReadOnlyList<QueueItemDto>>
{
    public async Task<IReadOnlyList<QueueItemDto>> Handle(MoveQueueItemCommand request, CancellationToken cancellationToken)
    {
        var item = await service.GetAsync(request.Id, cancellationToken);
        if (!item.IsWaiting)
        {
            throw new ConflictException($"Only waiting items can be moved; this one is {item.Status.ToString().ToLowerInvariant()}.");
        }

        var waiting = (await queue.ListOpenAsync(cancellationToken)).Where(i => i.IsWaiting).OrderBy(i => i.Position).ThenBy(i => i.CreatedAt).ToList();
        var moving = waiting.Single(i => i.Id == item.Id);
        waiting.Remove(moving);
        waiting.Insert(Math.Min(request.Position - 1, waiting.Count), moving);
        for (var i = 0; i < waiting.Count; i++)
        {
            waiting[i].Position = i + 1;
        }

        await queue.SavePositionsAsync(waiting, cancellationToken);
        var result = new List<QueueItemDto>();
        foreach (var changed in QueueItem.InQueueOrder(waiting))
        {
            result.Add(await service.PublishAsync(changed, cancellationToken));
        }

        return result;
    }
}
