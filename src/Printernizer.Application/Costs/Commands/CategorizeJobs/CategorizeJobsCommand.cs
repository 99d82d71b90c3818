using MediatR;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Costs.Commands.CategorizeJobs;

/// <summary>
/// <c>POST /api/v1/jobs/categorize</c>: sets the category of many jobs at once. Every change is audit-logged; an ended
/// job with a frozen cost gets a new cost revision (business.md §3: switching is a correction, never an in-place edit).
/// </summary>
public sealed record CategorizeJobsCommand : IRequest<CategorizeJobsResult>
{
    /// <summary>1 to 1000 job ids.</summary>
    public IReadOnlyList<Guid> JobIds { get; init; } = [];

    /// <example>business</example>
    public JobCategory Category { get; init; }

    /// <summary>
    /// Why (at most 1,000 characters), stored with the audit entries, timeline and cost revisions. Required when a
    /// selected job's cost is frozen (400 without it).
    /// </summary>
    /// <example>Order 2026-014 for Müller GmbH</example>
    public string? Reason { get; init; }
}
