using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Jobs;

namespace Printernizer.Application.Costs;

/// <summary>Freezes a job's cost (version 1) when it ends. A failure is logged and never stops job tracking.</summary>
public sealed class FreezeJobCostOnJobEnded(JobCostService costs, ILogger<FreezeJobCostOnJobEnded> logger) : INotificationHandler<PrintJobEnded>
{
    public async Task Handle(PrintJobEnded notification, CancellationToken cancellationToken)
    {
        try
        {
            await costs.FreezeAsync(notification.JobId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not freeze the cost of job {JobId}; it can be frozen later with POST /api/v1/jobs/{JobId}/cost/recalculate", notification.JobId, notification.JobId);
        }
    }
}
