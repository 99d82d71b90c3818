using MediatR;

namespace Printernizer.Application.Queue.Queries.ListQueueCandidates;

/// <summary><c>GET /api/v1/queue/{id}/candidates</c>: every active printer ranked for the item, with reasons.</summary>
public sealed record ListQueueCandidatesQuery(Guid Id) : IRequest<IReadOnlyList<QueueCandidateDto>>;
