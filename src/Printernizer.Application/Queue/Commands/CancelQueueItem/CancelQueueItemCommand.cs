using MediatR;

namespace Printernizer.Application.Queue.Commands.CancelQueueItem;

/// <summary><c>POST /api/v1/queue/{id}/cancel</c>: cancels a waiting or failed item, or a dispatched one whose print never started (409 once it prints).</summary>
public sealed record CancelQueueItemCommand(Guid Id) : IRequest<QueueItemDto>;
