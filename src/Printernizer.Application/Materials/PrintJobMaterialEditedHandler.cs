using MediatR;
using Printernizer.Application.Jobs;

namespace Printernizer.Application.Materials;

/// <summary>Books the difference as a correction when an ended job's material used or spool is edited.</summary>
public sealed class PrintJobMaterialEditedHandler(JobMaterialBooker booker) : INotificationHandler<PrintJobMaterialEdited>
{
    public Task Handle(PrintJobMaterialEdited notification, CancellationToken cancellationToken) =>
        booker.BookAsync(notification.JobId, notification.Actor, "Job edited.", cancellationToken);
}
