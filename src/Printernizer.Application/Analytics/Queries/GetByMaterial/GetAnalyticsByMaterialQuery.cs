using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetByMaterial;

/// <summary><c>GET /api/v1/analytics/...</c> (see the controller).</summary>
public sealed record GetAnalyticsByMaterialQuery : AnalyticsQuery, IRequest<IReadOnlyList<MaterialAnalyticsDto>>;
