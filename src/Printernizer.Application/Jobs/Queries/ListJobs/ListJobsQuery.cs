using MediatR;
using Printernizer.Application.Common.Models;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs.Queries.ListJobs;

/// <summary><c>GET /api/v1/jobs</c>: filters, search, sorting and paging. <c>from</c>/<c>to</c> are Berlin dates, <c>to</c> inclusive.</summary>
public sealed record ListJobsQuery : IRequest<PagedList<JobDto>>
{
    public Guid? PrinterId { get; init; }
    public JobStatus? Status { get; init; }
    public JobCategory? Category { get; init; }

    /// <summary>First Berlin day (inclusive); empty = no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last Berlin day (inclusive); empty = no upper bound.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Matches job name, file name and notes.</summary>
    public string? Search { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;

    /// <summary><c>startedAt</c>, <c>endedAt</c>, <c>name</c>, <c>status</c>, <c>printerName</c>, <c>actualSeconds</c>; prefix <c>-</c> for descending.</summary>
    /// <example>-startedAt</example>
    public string? Sort { get; init; }

    public static readonly IReadOnlySet<string> SortFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "startedAt", "endedAt", "name", "status", "printerName", "actualSeconds", "progressPercent",
    };
}
