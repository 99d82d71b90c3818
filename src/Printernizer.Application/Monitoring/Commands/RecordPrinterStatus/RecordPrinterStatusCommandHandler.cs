using MediatR;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;
using Printernizer.Application.Previews;
using Printernizer.Application.Printers;
using Printernizer.Domain.Jobs;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Monitoring.Commands.RecordPrinterStatus;

public sealed class RecordPrinterStatusCommandHandler(
    IPrinterRepository printers,
    IJobRepository jobs,
    JobTracker tracker,
    JobTrackingPublisher publisher,
    PrintJobFileEstimates fileEstimates,
    IPrinterStatusStore statuses,
    IRealtimePublisher realtime,
    TimeProvider timeProvider) : IRequestHandler<RecordPrinterStatusCommand, PrinterStatusDto>
{
    public async Task<PrinterStatusDto> Handle(RecordPrinterStatusCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var report = request.Report;
        var previous = statuses.Get(request.PrinterId);
        Guid? currentJobId = null;
        JobDecision? pending = null;

        if (report.State != PrinterState.Offline)
        {
            var observation = new JobObservation
            {
                State = report.State,
                At = now,
                JobIdentity = report.JobIdentity,
                JobName = report.JobName,
                FileName = report.FileName,
                FilePath = report.FilePath,
                ProgressPercent = report.ProgressPercent,
                RemainingSeconds = report.RemainingSeconds,
                ElapsedSeconds = report.ElapsedSeconds,
                CurrentLayer = report.CurrentLayer,
                TotalLayers = report.TotalLayers,
                CancelledByUser = report.CancelledByUser,
                MaterialType = report.LoadedMaterials.FirstOrDefault(m => m.Active)?.MaterialType,
            };
            var open = await jobs.GetOpenForPrinterAsync(request.PrinterId, cancellationToken);
            var identity = JobTracker.IdentityOf(observation);
            var latest = open is null && identity is not null && JobTracker.IsActive(report.State)
                ? await jobs.FindLatestByExternalIdAsync(request.PrinterId, identity, cancellationToken)
                : null;
            var decision = tracker.Decide(request.PrinterId, open, latest, observation);
            if (decision.Started && decision.Current is { } startedJob)
            {
                // Estimates the printer did not give come from the file's slicer metadata (costs, material bookings).
                await fileEstimates.ApplyAsync(startedJob, cancellationToken);
            }

            currentJobId = decision.Current?.Id;
            pending = decision;
        }

        var status = new PrinterStatusDto
        {
            PrinterId = request.PrinterId,
            State = report.State,
            Connected = report.State != PrinterState.Offline && report.Connected,
            OfflineReason = report.State == PrinterState.Offline ? report.OfflineReason : null,
            LastSeenAt = report.State == PrinterState.Offline ? previous?.LastSeenAt : now,
            ProgressPercent = report.ProgressPercent,
            RemainingSeconds = report.RemainingSeconds,
            ElapsedSeconds = report.ElapsedSeconds,
            CurrentLayer = report.CurrentLayer,
            TotalLayers = report.TotalLayers,
            JobName = report.JobName,
            FileName = report.FileName,
            CurrentJobId = currentJobId,
            Temperatures = report.Temperatures,
            Errors = report.Errors,
            LoadedMaterials = report.State == PrinterState.Offline ? previous?.LoadedMaterials ?? [] : report.LoadedMaterials,
            UpdatedAt = now,
        };
        statuses.Set(status);

        // The live status goes out first: storing the job change (and what hangs off a job's end) must not delay it.
        realtime.Publish("printer.status", status, request.PrinterId.ToString("D"));
        if (pending is { Changed.Count: > 0 })
        {
            await StoreAsync(request.PrinterId, pending, now, cancellationToken);
        }

        return status;
    }

    private async Task StoreAsync(Guid printerId, JobDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var printer = await printers.GetLabelAsync(printerId, cancellationToken);
        if (printer is not null)
        {
            // A new job gets the printer's default category (only inserts write the category column).
            foreach (var started in decision.Changed.Where(j => j.Category == JobCategory.Unassigned &&
                         decision.Events.Any(e => e.JobId == j.Id && e.Kind == JobEventKind.Started)))
            {
                started.Category = printer.DefaultCategory;
            }
        }

        await publisher.ApplyAsync(decision, printer?.Name, now, cancellationToken);
    }
}
