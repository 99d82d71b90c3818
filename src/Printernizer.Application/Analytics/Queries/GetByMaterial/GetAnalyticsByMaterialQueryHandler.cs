using MediatR;

namespace Printernizer.Application.Analytics.Queries.GetByMaterial;

public sealed class GetAnalyticsByMaterialQueryHandler(IAnalyticsQueries analytics, TimeProvider timeProvider) : IRequestHandler<GetAnalyticsByMaterialQuery, IReadOnlyList<MaterialAnalyticsDto>>
{
    public Task<IReadOnlyList<MaterialAnalyticsDto>> Handle(GetAnalyticsByMaterialQuery request, CancellationToken cancellationToken) =>
        analytics.ByMaterialAsync(request.ToFilter(timeProvider.GetUtcNow()), cancellationToken);
}
