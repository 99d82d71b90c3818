using MediatR;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Queries.ListQueue;

public sealed class ListQueueQueryHandler(IQueueRepository queue, PrintQueueService service, TimeProvider timeProvider) : IRequestHandler<ListQueueQuery, IReadOnlyList<QueueItemDto>>
{
    public async Task<IReadOnlyList<QueueItemDto>> Handle(ListQueueQuery request, CancellationToken cancellationToken)
    {
        var items = await queue.ListAsync(timeProvider.GetUtcNow().AddDays(-Math.Clamp(request.ClosedDays, 0, 365)), cancellationToken);
        var ordered = QueueItem.InQueueOrder(items.Where(i => i.IsOpen))
            .Concat(items.Where(i => !i.IsOpen).OrderByDescending(i => i.UpdatedAt));
        await service.LoadOrderLabelsAsync(items.Where(i => i.OrderId is not null).Select(i => i.OrderId!.Value), cancellationToken);
        var result = new List<QueueItemDto>();
        foreach (var item in ordered)
        {
            result.Add(await service.ToDtoAsync(item, cancellationToken));
        }

        return result;
    }
}
