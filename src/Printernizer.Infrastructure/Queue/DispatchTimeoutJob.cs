using MediatR;
using Printernizer.Application.Queue.Commands.ExpireStuckDispatches;
using Quartz;

namespace Printernizer.Infrastructure.Queue;

/// <summary>Every 15 seconds: fails queue items stuck in <c>dispatching</c> longer than the configured timeout (only sends the command).</summary>
[DisallowConcurrentExecution]
public sealed class DispatchTimeoutJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("queue-dispatch-timeout");

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await mediator.Send(new ExpireStuckDispatchesCommand(), cancellationToken);
}
