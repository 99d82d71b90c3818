using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetByPrinter;

/// <summary><c>GET /api/v1/analytics/...</c> (see the controller).</summary>
public sealed record GetAnalyticsByPrinterQuery : AnalyticsQuery, IRequest<IReadOnlyList<PrinterAnalyticsDto>>;
