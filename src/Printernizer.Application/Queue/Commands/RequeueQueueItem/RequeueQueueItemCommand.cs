using MediatR;

namespace Printernizer.Application.Queue.Commands.RequeueQueueItem;

/// <summary><c>POST /api/v1/queue/{id}/requeue</c>: puts a failed (or cancelled) item back in the queue, unassigned.</summary>
public sealed record RequeueQueueItemCommand(Guid Id) : IRequest<QueueItemDto>;
