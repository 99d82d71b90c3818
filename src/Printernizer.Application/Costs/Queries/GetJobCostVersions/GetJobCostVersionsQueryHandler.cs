using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Jobs;

namespace Printernizer.Application.Costs.Queries.GetJobCostVersions;

public sealed class GetJobCostVersionsQueryHandler(IJobRepository jobs, IJobCostRepository costs) : IRequestHandler<GetJobCostVersionsQuery, IReadOnlyList<JobCostVersionDto>>
{
    public async Task<IReadOnlyList<JobCostVersionDto>> Handle(GetJobCostVersionsQuery request, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Job", request.Id);
        var versions = await costs.ListVersionsAsync(request.Id, cancellationToken);
        var latest = versions.Count == 0 ? 0 : versions.Max(v => v.Version);
        return versions.OrderByDescending(v => v.Version).Select(v => JobCostVersions.ToDto(v, v.Version != latest, v.Version == latest ? job.Category : null)).ToList();
    }
}
