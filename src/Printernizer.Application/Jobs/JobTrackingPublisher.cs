using MediatR;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs;

/// <summary>Stores a tracker decision and tells live clients and other features about it.</summary>
public sealed class JobTrackingPublisher(IJobRepository jobs, IRealtimePublisher realtime, IMediator mediator, JobProgressThrottle throttle)
{
    public async Task ApplyAsync(JobDecision decision, string? printerName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (decision.Changed.Count == 0)
        {
            return;
        }

        var transition = decision.HasTransition || decision.Started;
        if (decision.Changed.Any(j => throttle.ShouldWrite(j.Id, now, transition || !j.IsOpen)))
        {
            await jobs.SaveTrackingAsync(decision.Changed, decision.Events, cancellationToken);
        }

        foreach (var closed in decision.Changed.Where(j => !j.IsOpen))
        {
            throttle.Forget(closed.Id);
        }

        foreach (var job in decision.Changed)
        {
            realtime.Publish("job.updated", JobDto.From(job, printerName, now), job.Id.ToString("D"));
        }

        foreach (var ended in decision.Changed.Where(j => !j.IsOpen && decision.Events.Any(e => e.JobId == j.Id)))
        {
            await mediator.Publish(new PrintJobEnded(ended.Id, ended.PrinterId, ended.Status), cancellationToken);
        }
    }
}
