using MediatR;

namespace Printernizer.Application.Costs.Queries.GetJobCostVersions;

/// <summary><c>GET /api/v1/jobs/{id}/cost/versions</c>: every frozen revision, newest first.</summary>
public sealed record GetJobCostVersionsQuery(Guid Id) : IRequest<IReadOnlyList<JobCostVersionDto>>;
