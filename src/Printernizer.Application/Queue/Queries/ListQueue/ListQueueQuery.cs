using MediatR;

namespace Printernizer.Application.Queue.Queries.ListQueue;

/// <summary><c>GET /api/v1/queue</c>: open items in queue order, then items closed in the last <see cref="ClosedDays"/> days.</summary>
public sealed record ListQueueQuery(int ClosedDays = 7) : IRequest<IReadOnlyList<QueueItemDto>>;
