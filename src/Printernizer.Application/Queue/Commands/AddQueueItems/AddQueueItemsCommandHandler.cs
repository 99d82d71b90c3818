using MediatR;

namespace Printernizer.Application.Queue.Commands.AddQueueItems;

public sealed class AddQueueItemsCommandHandler(PrintQueueService service) : IRequestHandler<AddQueueItemsCommand, IReadOnlyList<QueueItemDto>>
{
    public async Task<IReadOnlyList<QueueItemDto>> Handle(AddQueueItemsCommand request, CancellationToken cancellationToken)
    {
        var items = await service.EnqueueAsync(
            [new NewQueueItem(request.FileId, request.Copies, request.Priority, request.DueDate, MaterialType: request.MaterialType, ColorHex: request.ColorHex)],
            cancellationToken);
        var result = new List<QueueItemDto>();
        foreach (var item in items)
        {
            result.Add(await service.ToDtoAsync(await service.GetAsync(item.Id, cancellationToken), cancellationToken));
        }

        return result;
    }
}
