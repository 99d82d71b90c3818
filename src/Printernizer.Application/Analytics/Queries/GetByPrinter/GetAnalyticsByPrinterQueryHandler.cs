using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetByPrinter;

public sealed class GetAnalyticsByPrinterQueryHandler(IAnalyticsQueries analytics, TimeProvider timeProvider) : IRequestHandler<GetAnalyticsByPrinterQuery, IReadOnlyList<PrinterAnalyticsDto>>
{
    public Task<IReadOnlyList<PrinterAnalyticsDto>> Handle(GetAnalyticsByPrinterQuery request, CancellationToken cancellationToken) =>
        analytics.ByPrinterAsync(request.ToFilter(timeProvider.GetUtcNow()), cancellationToken);
}
