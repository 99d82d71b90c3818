using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetByMonth;

/// <summary><c>GET /api/v1/analytics/...</c> (see the controller).</summary>
public sealed record GetAnalyticsByMonthQuery : AnalyticsQuery, IRequest<IReadOnlyList<MonthAnalyticsDto>>;
