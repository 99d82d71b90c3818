using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetSummary;

public sealed class GetAnalyticsSummaryQueryHandler(IAnalyticsQueries analytics, TimeProvider timeProvider) : IRequestHandler<GetAnalyticsSummaryQuery, AnalyticsSummaryDto>
{
    public Task<AnalyticsSummaryDto> Handle(GetAnalyticsSummaryQuery request, CancellationToken cancellationToken) =>
        analytics.SummaryAsync(request.ToFilter(timeProvider.GetUtcNow()), cancellationToken);
}
