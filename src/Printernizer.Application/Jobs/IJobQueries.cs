using Printernizer.Application.Common.Models;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs;

/// <summary>Read side of jobs (Dapper in Infrastructure).</summary>
public interface IJobQueries
{
    Task<PagedList<JobDto>> ListAsync(JobListFilter filter, CancellationToken cancellationToken);

    Task<JobDetailDto?> GetAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>Filters of <c>GET /api/v1/jobs</c>. <see cref="FromUtc"/>/<see cref="ToUtcExclusive"/> are already converted from Berlin dates.</summary>
public sealed record JobListFilter(
    Guid? PrinterId,
    JobStatus? Status,
    JobCategory? Category,
    DateTimeOffset? FromUtc,
    DateTimeOffset? ToUtcExclusive,
    string? Search,
    int Page,
    int PageSize,
    string Sort);
