using MediatR;
using Printernizer.Application.Common;
using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Jobs.Queries.ListJobs;

public sealed class ListJobsQueryHandler(IJobQueries queries) : IRequestHandler<ListJobsQuery, PagedList<JobDto>>
{
    public Task<PagedList<JobDto>> Handle(ListJobsQuery request, CancellationToken cancellationToken) =>
        queries.ListAsync(
            new JobListFilter(
                request.PrinterId,
                request.Status,
                request.Category,
                request.From is { } from ? BerlinTime.StartOfDayUtc(from) : null,
                request.To is { } to ? BerlinTime.StartOfDayUtc(to.AddDays(1)) : null,
                string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim(),
                request.Page,
                request.PageSize,
                request.Sort ?? "-startedAt"),
            cancellationToken);
}
