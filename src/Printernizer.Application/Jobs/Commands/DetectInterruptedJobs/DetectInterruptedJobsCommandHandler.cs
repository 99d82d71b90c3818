using MediatR;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs.Commands.DetectInterruptedJobs;

public sealed class DetectInterruptedJobsCommandHandler(
    IJobRepository jobs,
    IPrinterRepository printers,
    IPrinterStatusStore statuses,
    JobTracker tracker,
    JobTrackingPublisher publisher,
    TimeProvider timeProvider) : IRequestHandler<DetectInterruptedJobsCommand, int>
{
    public async Task<int> Handle(DetectInterruptedJobsCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var count = 0;
        foreach (var job in await jobs.ListOpenAsync(cancellationToken))
        {
            var connected = statuses.Get(job.PrinterId)?.Connected == true;
            if (connected || now - job.LastSeenAt < tracker.Options.InterruptAfter)
            {
                continue;
            }

            var minutes = (int)tracker.Options.InterruptAfter.TotalMinutes;
            job.Status = JobStatus.Interrupted;
            job.EndedAt = job.LastSeenAt;
            job.EndTimeEstimated = true;
            if (job.PausedSince is { } since)
            {
                job.PausedSeconds += (int)Math.Max(0, (job.LastSeenAt - since).TotalSeconds);
                job.PausedSince = null;
            }

            job.UpdatedAt = now;
            var printer = await printers.GetAsync(job.PrinterId, cancellationToken);
            var decision = new JobDecision(
                [job],
                [new JobEventRecord(job.Id, JobEventKind.Interrupted, now, $"The printer was unreachable for more than {minutes} minutes mid-job.")],
                null,
                false);
            await publisher.ApplyAsync(decision, printer?.Name, now, cancellationToken);
            count++;
        }

        return count;
    }
}
