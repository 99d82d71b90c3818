using MediatR;
using Printernizer.Application.Files;
using Printernizer.Application.Files.Commands.CleanupFiles;
using Quartz;

namespace Printernizer.Infrastructure.Scheduling;

/// <summary>Nightly, when a policy is configured: deletes old local copies (only sends the command).</summary>
[DisallowConcurrentExecution]
public sealed class CleanupFilesJob(IMediator mediator, FilesOptions options) : IJob
{
    public static readonly JobKey Key = new("cleanup-files");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!options.CleanupConfigured)
        {
            return;
        }

        await mediator.Send(
            new CleanupFilesCommand { OlderThanDays = options.CleanupOlderThanDays, MaxTotalBytes = options.CleanupMaxTotalBytes, DryRun = false },
            cancellationToken);
    }
}
