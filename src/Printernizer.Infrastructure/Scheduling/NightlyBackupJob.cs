using MediatR;
using Printernizer.Application.Diagnostics.Commands.CreateBackup;
using Quartz;

namespace Printernizer.Infrastructure.Scheduling;

/// <summary>Nightly online backup of the database and key ring (only sends the command).</summary>
[DisallowConcurrentExecution]
public sealed class NightlyBackupJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("nightly-backup");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await mediator.Send(new CreateBackupCommand(), cancellationToken);
}
