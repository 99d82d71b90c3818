using MediatR;

namespace Printernizer.Application.Jobs.Queries.GetJob;

/// <summary>One job with its timeline.</summary>
public sealed record GetJobQuery(Guid Id) : IRequest<JobDetailDto>;
