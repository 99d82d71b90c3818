using MediatR;
using Printernizer.Application.Files.Commands.SyncPrinterFiles;
using Quartz;

namespace Printernizer.Infrastructure.Scheduling;

/// <summary>Every few minutes (default 10): lists every active printer's files (only sends the command).</summary>
[DisallowConcurrentExecution]
public sealed class SyncPrinterFilesJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("sync-printer-files");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await mediator.Send(new SyncPrinterFilesCommand(), cancellationToken);
}
