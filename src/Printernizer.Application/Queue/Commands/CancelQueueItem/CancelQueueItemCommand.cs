using MediatR;

namespace Printernizer.Application.Queue.Commands.CancelQueueItem;

/// <summary><c>POST /api/v1/queue/{id}/cancel</c>: cancels a waiting or failed item (409 once it is on a printer).</summary>
public sealed record CancelQueueItemCommand(Guid Id) : IRequest<QueueItemDto>;
