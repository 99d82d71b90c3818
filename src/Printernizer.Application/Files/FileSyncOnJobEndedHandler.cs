using MediatR;
using Printernizer.Application.Jobs;

namespace Printernizer.Application.Files;

/// <summary>After every finished job, the printer's files are listed again soon (without delaying job tracking).</summary>
public sealed class FileSyncOnJobEndedHandler(IFileTransfers transfers) : INotificationHandler<PrintJobEnded>
{
    public Task Handle(PrintJobEnded notification, CancellationToken cancellationToken)
    {
        transfers.RequestSync(notification.PrinterId);
        return Task.CompletedTask;
    }
}
