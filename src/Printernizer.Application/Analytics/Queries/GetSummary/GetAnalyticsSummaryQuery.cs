using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetSummary;

/// <summary><c>GET /api/v1/analytics/...</c> (see the controller).</summary>
public sealed record GetAnalyticsSummaryQuery : AnalyticsQuery, IRequest<AnalyticsSummaryDto>;
