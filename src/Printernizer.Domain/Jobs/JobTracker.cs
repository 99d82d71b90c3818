using System.Globalization;
using Printernizer.Domain.Printers;

namespace Printernizer.Domain.Jobs;

/// <summary>
/// Derives the job lifecycle from status transitions (shared/design.md, "Job tracking rules"). Pure: given the
/// printer's open job (if any), the latest job with the same identity (to continue an interrupted one) and a status,
/// it decides what to store. Idempotent: feeding the same status twice changes nothing the second time.
/// </summary>
public sealed class JobTracker(JobTrackingOptions options)
{
    public JobTrackingOptions Options { get; } = options;

    public static bool IsActive(PrinterState state) => state is PrinterState.Preparing or PrinterState.Printing or PrinterState.Paused;

    /// <summary>The identity used for a status: the printer's job id, else the file or job name.</summary>
    public static string? IdentityOf(JobObservation observation) =>
        !string.IsNullOrWhiteSpace(observation.JobIdentity) ? observation.JobIdentity.Trim()
        : !string.IsNullOrWhiteSpace(observation.FileName) ? "file:" + observation.FileName.Trim()
        : !string.IsNullOrWhiteSpace(observation.JobName) ? "name:" + observation.JobName.Trim()
        : null;

    public JobDecision Decide(Guid printerId, PrintJob? open, PrintJob? latestWithSameIdentity, JobObservation observation)
    {
        var identity = IdentityOf(observation);
        if (open is not null)
        {
            return DecideWithOpenJob(printerId, open, identity, observation);
        }

        if (!IsActive(observation.State) || identity is null)
        {
            return JobDecision.Nothing(null);
        }

        if (latestWithSameIdentity is { Status: JobStatus.Interrupted, EndedAt: { } endedAt } interrupted &&
            observation.At - endedAt <= Options.ReopenWithin)
        {
            return Reopen(interrupted, observation);
        }

        if (latestWithSameIdentity is { IsOpen: false } && observation.State == PrinterState.Paused)
        {
            return JobDecision.Nothing(null); // a paused leftover of a job already recorded
        }

        return Start(printerId, identity, observation);
    }

    private JobDecision DecideWithOpenJob(Guid printerId, PrintJob open, string? identity, JobObservation observation)
    {
        if (observation.At < open.LastSeenAt)
        {
            return JobDecision.Nothing(open); // out-of-order status
        }

        var sameJob = identity is null || identity == open.ExternalId;
        var outage = observation.At - open.LastSeenAt > Options.OutageThreshold;

        if (IsActive(observation.State) && !sameJob)
        {
            // Another job runs now: the previous one ended while nobody watched.
            var (end, _) = BestEnd(open, observation, outage: true);
            Close(open, JobStatus.Interrupted, end, estimated: true);
            var closedEvent = new JobEventRecord(open.Id, JobEventKind.Interrupted, end, "The printer started another job before this one's end was seen.");
            var started = Start(printerId, identity!, observation);
            return started with { Changed = [open, .. started.Changed], Events = [closedEvent, .. started.Events] };
        }

        switch (observation.State)
        {
            case PrinterState.Preparing or PrinterState.Printing or PrinterState.Paused:
                return Continue(open, observation, outage);
            case PrinterState.Finished:
                return End(open, observation, JobStatus.Completed, JobEventKind.Completed, outage, null);
            case PrinterState.Failed:
                return observation.CancelledByUser
                    ? End(open, observation, JobStatus.Cancelled, JobEventKind.Cancelled, outage, "Stopped on the printer.")
                    : End(open, observation, JobStatus.Failed, JobEventKind.Failed, outage, null);
            case PrinterState.Stopped:
                return End(open, observation, JobStatus.Cancelled, JobEventKind.Cancelled, outage, "Stopped on the printer.");
            case PrinterState.Idle when observation.CancelledByUser:
                return End(open, observation, JobStatus.Cancelled, JobEventKind.Cancelled, outage, "Stopped on the printer.");
            case PrinterState.Idle:
                return open.ProgressPercent >= Options.CompletedProgressThreshold
                    ? End(open, observation, JobStatus.Completed, JobEventKind.Completed, outage: true, "The printer was idle again; the end time is estimated.")
                    : End(open, observation, JobStatus.Interrupted, JobEventKind.Interrupted, outage: true,
                        $"The printer went idle at {open.ProgressPercent.ToString("0.#", CultureInfo.InvariantCulture)} % without reporting how the job ended.");
            default:
                // Offline, busy, attention, error: the job stays open; outage handling decides on interruption.
                if (observation.State != PrinterState.Offline)
                {
                    open.LastSeenAt = observation.At;
                }

                return JobDecision.Nothing(open);
        }
    }

    private static JobDecision Start(Guid printerId, string identity, JobObservation observation)
    {
        var startedAt = observation.ElapsedSeconds is > 60 ? observation.At.AddSeconds(-observation.ElapsedSeconds.Value) : observation.At;
        var job = new PrintJob
        {
            Id = Guid.NewGuid(),
            PrinterId = printerId,
            ExternalId = identity,
            Name = DisplayName(observation, identity),
            StartedAt = startedAt,
            LastSeenAt = observation.At,
            UpdatedAt = observation.At,
            Status = JobStatus.Printing,
        };
        Apply(job, observation);
        var events = new List<JobEventRecord> { new(job.Id, JobEventKind.Started, startedAt, startedAt < observation.At ? "Joined a print already running." : null) };
        if (observation.State == PrinterState.Paused)
        {
            job.Status = JobStatus.Paused;
            job.PausedSince = observation.At;
            events.Add(new JobEventRecord(job.Id, JobEventKind.Paused, observation.At));
        }

        return new JobDecision([job], events, job, Started: true);
    }

    private static JobDecision Reopen(PrintJob job, JobObservation observation)
    {
        job.Status = observation.State == PrinterState.Paused ? JobStatus.Paused : JobStatus.Printing;
        job.EndedAt = null;
        job.EndTimeEstimated = false;
        job.PausedSince = job.Status == JobStatus.Paused ? observation.At : null;
        job.LastSeenAt = observation.At;
        Apply(job, observation);
        return new JobDecision([job], [new JobEventRecord(job.Id, JobEventKind.Reconnected, observation.At, "The printer is back and still printing this job.")], job, false);
    }

    private static JobDecision Continue(PrintJob open, JobObservation observation, bool outage)
    {
        var events = new List<JobEventRecord>();
        if (outage)
        {
            events.Add(new JobEventRecord(open.Id, JobEventKind.Reconnected, observation.At, "Status received again after a gap."));
        }

        if (observation.State == PrinterState.Paused && open.Status == JobStatus.Printing)
        {
            open.Status = JobStatus.Paused;
            open.PausedSince = observation.At;
            events.Add(new JobEventRecord(open.Id, JobEventKind.Paused, observation.At));
        }
        else if (observation.State != PrinterState.Paused && open.Status == JobStatus.Paused)
        {
            open.PausedSeconds += PausedUntil(open, observation.At);
            open.PausedSince = null;
            open.Status = JobStatus.Printing;
            events.Add(new JobEventRecord(open.Id, JobEventKind.Resumed, observation.At));
        }

        var before = (open.ProgressPercent, open.CurrentLayer, open.RemainingSeconds, open.Name, open.EstimatedSeconds);
        Apply(open, observation);
        open.LastSeenAt = observation.At;
        var changed = events.Count > 0 || before != (open.ProgressPercent, open.CurrentLayer, open.RemainingSeconds, open.Name, open.EstimatedSeconds);
        return new JobDecision(changed ? [open] : [], events, open, false);
    }

    private static JobDecision End(PrintJob open, JobObservation observation, JobStatus status, JobEventKind kind, bool outage, string? detail)
    {
        var (end, estimated) = BestEnd(open, observation, outage);
        if (status == JobStatus.Completed)
        {
            open.ProgressPercent = 100m;
            open.RemainingSeconds = 0;
        }
        else if (observation.ProgressPercent is { } progress && !outage)
        {
            open.ProgressPercent = Math.Clamp(progress, 0m, 100m);
        }

        Close(open, status, end, estimated);
        return new JobDecision([open], [new JobEventRecord(open.Id, kind, end, estimated ? AppendEstimated(detail) : detail)], null, false);
    }

    private static string AppendEstimated(string? detail) =>
        detail is null ? "Ended while Printernizer was not watching; the end time is estimated." :
        detail.Contains("estimated", StringComparison.Ordinal) ? detail : detail + " The end time is estimated.";

    private static void Close(PrintJob job, JobStatus status, DateTimeOffset end, bool estimated)
    {
        if (job.Status == JobStatus.Paused && job.PausedSince is not null)
        {
            job.PausedSeconds += PausedUntil(job, end);
            job.PausedSince = null;
        }

        job.Status = status;
        job.EndedAt = end;
        job.EndTimeEstimated = estimated;
        job.UpdatedAt = end;
        if (job.MaterialUsedGrams is null && job.MaterialEstimatedGrams is { } grams)
        {
            job.MaterialUsedGrams = status == JobStatus.Completed
                ? grams
                : Math.Round(grams * job.ProgressPercent / 100m, 2, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>The end of a job seen late: the last sighting plus what was left then, never after now.</summary>
    private static (DateTimeOffset End, bool Estimated) BestEnd(PrintJob open, JobObservation observation, bool outage)
    {
        if (!outage)
        {
            return (observation.At, false);
        }

        var guess = open.LastSeenAt.AddSeconds(Math.Max(0, open.Status == JobStatus.Paused ? 0 : open.RemainingSeconds ?? 0));
        if (guess > observation.At)
        {
            guess = observation.At;
        }

        return (guess < open.StartedAt ? open.StartedAt : guess, true);
    }

    private static int PausedUntil(PrintJob job, DateTimeOffset until) =>
        job.PausedSince is { } since ? (int)Math.Max(0, Math.Round((until - since).TotalSeconds)) : 0;

    private static void Apply(PrintJob job, JobObservation observation)
    {
        if (observation.ProgressPercent is { } progress)
        {
            job.ProgressPercent = Math.Clamp(progress, 0m, 100m);
        }

        job.RemainingSeconds = observation.RemainingSeconds ?? job.RemainingSeconds;
        job.CurrentLayer = observation.CurrentLayer ?? job.CurrentLayer;
        job.TotalLayers = observation.TotalLayers ?? job.TotalLayers;
        job.FileName ??= observation.FileName;
        job.FilePath ??= observation.FilePath;
        job.MaterialType ??= observation.MaterialType;
        if (job.EstimatedSeconds is null && observation.RemainingSeconds is { } remaining && observation.ProgressPercent is { } p && p < 50m)
        {
            // The printer's own estimate early in the print: time so far plus what it says is left.
            var elapsed = observation.ElapsedSeconds ?? (int)(observation.At - job.StartedAt).TotalSeconds;
            job.EstimatedSeconds = Math.Max(0, elapsed) + remaining;
        }

        if (!string.IsNullOrWhiteSpace(observation.JobName) && job.Name.StartsWith("file:", StringComparison.Ordinal))
        {
            job.Name = observation.JobName.Trim();
        }

        job.UpdatedAt = observation.At;
    }

    private static string DisplayName(JobObservation observation, string identity) =>
        !string.IsNullOrWhiteSpace(observation.JobName) ? observation.JobName.Trim()
        : !string.IsNullOrWhiteSpace(observation.FileName) ? observation.FileName.Trim()
        : identity;
}
