using MediatR;

namespace Printernizer.Application.Jobs.Commands.DetectInterruptedJobs;

/// <summary>Marks open jobs whose printer has been gone longer than the configured time as interrupted.</summary>
public sealed record DetectInterruptedJobsCommand : IRequest<int>;
