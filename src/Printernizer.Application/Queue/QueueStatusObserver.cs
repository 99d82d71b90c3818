using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Monitoring.Commands.RecordPrinterStatus;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Queue;

/// <summary>
/// Wraps status recording: keeps the loaded materials per printer and turns "a job is current on this printer" into
/// <see cref="PrintJobObserved"/> (started once, then progress at most every 30 s). Never fails the status update.
/// </summary>
public sealed class QueueStatusObserver(
    IPrinterStatusStore statuses,
    ILoadedMaterialStore materials,
    JobProgressThrottle throttle,
    IMediator mediator,
    TimeProvider timeProvider,
    ILogger<QueueStatusObserver> logger) : IPipelineBehavior<RecordPrinterStatusCommand, PrinterStatusDto>
{
    public async Task<PrinterStatusDto> Handle(RecordPrinterStatusCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<PrinterStatusDto> next)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(next);
        var before = statuses.Get(request.PrinterId)?.CurrentJobId;
        var result = await next();
        try
        {
            if (request.Report.State != PrinterState.Offline && request.Report.LoadedMaterials.Count > 0)
            {
                materials.Set(request.PrinterId, request.Report.LoadedMaterials);
            }

            if (result.CurrentJobId is { } jobId)
            {
                var now = timeProvider.GetUtcNow();
                if (jobId != before)
                {
                    throttle.Started(jobId, now);
                    await mediator.Publish(new PrintJobObserved(jobId, request.PrinterId, Started: true), cancellationToken);
                }
                else if (throttle.ShouldSend(jobId, now))
                {
                    await mediator.Publish(new PrintJobObserved(jobId, request.PrinterId, Started: false), cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Queue/webhook follow-up of a status of printer {PrinterId} failed", request.PrinterId);
        }

        return result;
    }
}
