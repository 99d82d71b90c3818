using MediatR;

namespace Printernizer.Application.Materials.Queries.ListSpoolConsumptions;

/// <summary><c>GET /api/v1/spools/{id}/consumptions</c>: every stock movement of the spool, oldest first.</summary>
public sealed record ListSpoolConsumptionsQuery(Guid SpoolId) : IRequest<IReadOnlyList<ConsumptionDto>>;
