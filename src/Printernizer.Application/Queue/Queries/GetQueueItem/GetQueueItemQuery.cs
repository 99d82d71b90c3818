using MediatR;

namespace Printernizer.Application.Queue.Queries.GetQueueItem;

public sealed record GetQueueItemQuery(Guid Id) : IRequest<QueueItemDto>;
