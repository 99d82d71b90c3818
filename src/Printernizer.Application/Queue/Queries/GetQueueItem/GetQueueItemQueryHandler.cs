using MediatR;

namespace Printernizer.Application.Queue.Queries.GetQueueItem;

public sealed class GetQueueItemQueryHandler(PrintQueueService service) : IRequestHandler<GetQueueItemQuery, QueueItemDto>
{
    public async Task<QueueItemDto> Handle(GetQueueItemQuery request, CancellationToken cancellationToken) =>
        await service.ToDtoAsync(await service.GetAsync(request.Id, cancellationToken), cancellationToken);
}
