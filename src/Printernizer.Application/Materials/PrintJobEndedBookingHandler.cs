using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Materials;

/// <summary>Books a job's material when it ends. A failure here is logged and never disturbs status recording.</summary>
public sealed class PrintJobEndedBookingHandler(JobMaterialBooker booker, ILogger<PrintJobEndedBookingHandler> logger) : INotificationHandler<PrintJobEnded>
{
    public async Task Handle(PrintJobEnded notification, CancellationToken cancellationToken)
    {
        try
        {
            await booker.BookAsync(notification.JobId, "system", "Job " + notification.Status.ToString().ToLowerInvariant() + ".", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Booking the material of job {JobId} failed", notification.JobId);
        }
    }
}
