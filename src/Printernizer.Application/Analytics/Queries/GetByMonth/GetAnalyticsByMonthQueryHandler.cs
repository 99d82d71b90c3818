using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetByMonth;

public sealed class GetAnalyticsByMonthQueryHandler(IAnalyticsQueries analytics, TimeProvider timeProvider) : IRequestHandler<GetAnalyticsByMonthQuery, IReadOnlyList<MonthAnalyticsDto>>
{
    public Task<IReadOnlyList<MonthAnalyticsDto>> Handle(GetAnalyticsByMonthQuery request, CancellationToken cancellationToken) =>
        analytics.ByMonthAsync(request.ToFilter(timeProvider.GetUtcNow()), cancellationToken);
}
