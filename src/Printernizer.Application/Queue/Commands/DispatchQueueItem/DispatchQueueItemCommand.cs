using MediatR;

namespace Printernizer.Application.Queue.Commands.DispatchQueueItem;

/// <summary>
/// <c>POST /api/v1/queue/{id}/dispatch</c>: uploads an assigned item's file to its printer and starts it. Only after the
/// plate was confirmed cleared since the last job (409 otherwise) and while the printer is idle (409).
/// </summary>
public sealed record DispatchQueueItemCommand(Guid Id) : IRequest<QueueItemDto>;
