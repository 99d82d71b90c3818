using MediatR;

namespace Printernizer.Application.Costs.Queries.GetCostSettings;

/// <summary><c>GET /api/v1/settings/costs</c>: the current rates.</summary>
public sealed record GetCostSettingsQuery : IRequest<CostSettingsDto>;
