using MediatR;
using Printernizer.Application.Jobs.Commands.DetectInterruptedJobs;
using Quartz;

namespace Printernizer.Infrastructure.Scheduling;

/// <summary>Every minute: marks jobs of printers gone for too long as interrupted (only sends the command).</summary>
[DisallowConcurrentExecution]
public sealed class DetectInterruptedJobsJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("detect-interrupted-jobs");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await mediator.Send(new DetectInterruptedJobsCommand(), cancellationToken);
}
