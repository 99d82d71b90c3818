using MediatR;

namespace Printernizer.Application.Costs.Queries.GetCostSettingsHistory;

/// <summary><c>GET /api/v1/settings/costs/history</c>: every saved version, newest first.</summary>
public sealed record GetCostSettingsHistoryQuery : IRequest<IReadOnlyList<CostSettingsDto>>;
