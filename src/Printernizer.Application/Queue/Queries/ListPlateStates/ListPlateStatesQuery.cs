using MediatR;

namespace Printernizer.Application.Queue.Queries.ListPlateStates;

/// <summary><c>GET /api/v1/queue/plates</c>: per printer, whether its plate was confirmed cleared since the last job.</summary>
public sealed record ListPlateStatesQuery : IRequest<IReadOnlyList<PlateStateDto>>;
