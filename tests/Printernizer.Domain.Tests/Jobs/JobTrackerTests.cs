using Printernizer.Domain.Jobs;
using Printernizer.Domain.Printers;

namespace Printernizer.Domain.Tests.Jobs;

/// <summary>Transition table of the job tracker: each start and end path, restarts, outages.</summary>
public sealed class JobTrackerTests
{
    private static readonly Guid Printer = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly JobTracker _tracker = new(new JobTrackingOptions());

    // For timelines with sparse statuses that are not about outages.
    private readonly JobTracker _patient = new(new JobTrackingOptions { OutageThreshold = TimeSpan.FromHours(2) });

    /// <summary>Feeds statuses the way the handler does (open job and same-identity job from the "store").</summary>
    private sealed class Timeline(JobTracker tracker)
    {
        public List<PrintJob> Jobs { get; } = [];
        public List<JobEventRecord> Events { get; } = [];

        public JobDecision Feed(PrinterState state, int atSeconds, string? id = "task-1", decimal? progress = null, int? remaining = null, bool cancelled = false, int? elapsed = null)
        {
            var observation = new JobObservation
            {
                State = state, At = T0.AddSeconds(atSeconds), JobIdentity = id, JobName = id is null ? null : "Job " + id,
                FileName = id is null ? null : id + ".gcode", ProgressPercent = progress, RemainingSeconds = remaining,
                CancelledByUser = cancelled, ElapsedSeconds = elapsed,
            };
            var open = Jobs.SingleOrDefault(j => j.IsOpen);
            var identity = JobTracker.IdentityOf(observation);
            var latest = Jobs.Where(j => j.ExternalId == identity).OrderByDescending(j => j.StartedAt).FirstOrDefault();
            var decision = tracker.Decide(Printer, open, open is null ? latest : null, observation);
            foreach (var job in decision.Changed.Where(j => !Jobs.Contains(j)))
            {
                Jobs.Add(job);
            }

            Events.AddRange(decision.Events);
            return decision;
        }
    }

    [Test]
    public void Decide_WhenPrintRunsToFinish_RecordsOneCompletedJobWithRealTimes()
    {
        var t = new Timeline(_patient);
        t.Feed(PrinterState.Idle, 0, id: null);
        t.Feed(PrinterState.Preparing, 10, progress: 0, remaining: 3600);
        t.Feed(PrinterState.Printing, 120, progress: 10, remaining: 3000);
        t.Feed(PrinterState.Printing, 1800, progress: 55, remaining: 1500);
        t.Feed(PrinterState.Finished, 3400, progress: 100, remaining: 0);
        t.Feed(PrinterState.Finished, 3410, progress: 100, remaining: 0);
        t.Feed(PrinterState.Idle, 3600, id: null);

        var job = t.Jobs.Should().ContainSingle().Subject;
        job.Status.Should().Be(JobStatus.Completed);
        job.PrinterId.Should().Be(Printer);
        job.StartedAt.Should().Be(T0.AddSeconds(10));
        job.EndedAt.Should().Be(T0.AddSeconds(3400));
        job.EndTimeEstimated.Should().BeFalse();
        job.ActualSeconds(T0).Should().Be(3390);
        job.ProgressPercent.Should().Be(100);
        job.EstimatedSeconds.Should().Be(3600);
        t.Events.Select(e => e.Kind).Should().Equal(JobEventKind.Started, JobEventKind.Completed);
    }

    [Test]
    public void Decide_WhenPausedAndResumed_RecordsPausedTimeSeparately()
    {
        var t = new Timeline(_patient);
        t.Feed(PrinterState.Printing, 0, progress: 1);
        t.Feed(PrinterState.Paused, 600, progress: 20);
        t.Feed(PrinterState.Paused, 700, progress: 20);
        t.Feed(PrinterState.Printing, 900, progress: 20);
        t.Feed(PrinterState.Finished, 2000, progress: 100);

        var job = t.Jobs.Single();
        job.PausedSeconds.Should().Be(300);
        job.ActualSeconds(T0).Should().Be(2000, "actual duration excludes nothing by default");
        t.Events.Select(e => e.Kind).Should().Equal(JobEventKind.Started, JobEventKind.Paused, JobEventKind.Resumed, JobEventKind.Completed);
    }

    [Test]
    public void Decide_WhenPrinterReportsFailure_RecordsFailed()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 5);
        t.Feed(PrinterState.Printing, 60, progress: 40);
        t.Feed(PrinterState.Failed, 90, progress: 40);

        t.Jobs.Single().Status.Should().Be(JobStatus.Failed);
        t.Jobs.Single().ProgressPercent.Should().Be(40);
    }

    [TestCase(PrinterState.Stopped, false)]
    [TestCase(PrinterState.Failed, true)]
    [TestCase(PrinterState.Idle, true)]
    public void Decide_WhenUserStopsThePrint_RecordsCancelled(PrinterState state, bool cancelledFlag)
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 5);
        t.Feed(state, 30, progress: 12, cancelled: cancelledFlag);

        t.Jobs.Single().Status.Should().Be(JobStatus.Cancelled);
        t.Events.Last().Kind.Should().Be(JobEventKind.Cancelled);
    }

    [Test]
    public void Decide_WhenTheSameStatusArrivesAgainAfterARestart_ContinuesTheOpenJob()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 5);
        t.Feed(PrinterState.Printing, 60, progress: 10);

        // Server restart: a fresh tracker, the open job comes back from the store.
        var restarted = new Timeline(new JobTracker(new JobTrackingOptions()));
        restarted.Jobs.AddRange(t.Jobs);
        restarted.Feed(PrinterState.Printing, 90, progress: 12);
        restarted.Feed(PrinterState.Printing, 90, progress: 12);
        restarted.Feed(PrinterState.Finished, 400, progress: 100);

        restarted.Jobs.Should().ContainSingle().Which.Status.Should().Be(JobStatus.Completed);
        restarted.Events.Should().NotContain(e => e.Kind == JobEventKind.Started, "no duplicate job");
    }

    [Test]
    public void Decide_WhenJobEndedWhileServerWasDown_ClosesItWithAnEstimatedEndTime()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 5, remaining: 3000);
        t.Feed(PrinterState.Printing, 1000, progress: 60, remaining: 1200);
        // Printernizer was down from 1000 s to 9000 s; the printer shows FINISHED.
        t.Feed(PrinterState.Finished, 9000, progress: 100);

        var job = t.Jobs.Single();
        job.Status.Should().Be(JobStatus.Completed);
        job.EndTimeEstimated.Should().BeTrue();
        job.EndedAt.Should().Be(T0.AddSeconds(2200), "last seen plus the remaining time it reported then");
    }

    [Test]
    public void Decide_WhenAnotherJobRunsAfterAnOutage_ClosesThePreviousOneAsInterruptedAndStartsTheNew()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, id: "task-1", progress: 30, remaining: 600);
        t.Feed(PrinterState.Printing, 5000, id: "task-2", progress: 10, remaining: 900);

        t.Jobs.Should().HaveCount(2);
        t.Jobs[0].Status.Should().Be(JobStatus.Interrupted);
        t.Jobs[0].EndedAt.Should().Be(T0.AddSeconds(600));
        t.Jobs[1].Status.Should().Be(JobStatus.Printing);
        t.Jobs[1].ExternalId.Should().Be("task-2");
    }

    [Test]
    public void Decide_WhenPrinterGoesIdleMidJob_RecordsInterruptedWithTheReason()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 30);
        t.Feed(PrinterState.Idle, 60, id: null);

        t.Jobs.Single().Status.Should().Be(JobStatus.Interrupted);
        t.Events.Last().Detail.Should().Contain("30 %");
    }

    [Test]
    public void Decide_WhenPrinterGoesIdleAfterReaching100Percent_RecordsCompleted()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 50);
        t.Feed(PrinterState.Printing, 60, progress: 99.5m, remaining: 5);
        t.Feed(PrinterState.Idle, 120, id: null);

        t.Jobs.Single().Status.Should().Be(JobStatus.Completed);
        t.Jobs.Single().EndTimeEstimated.Should().BeTrue();
    }

    [Test]
    public void Decide_WhenInterruptedJobComesBackPrinting_ContinuesItInsteadOfDuplicating()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 30);
        var job = t.Jobs.Single();
        job.Status = JobStatus.Interrupted; // the outage detector closed it
        job.EndedAt = T0.AddSeconds(10);

        t.Feed(PrinterState.Printing, 4000, progress: 70);

        t.Jobs.Should().ContainSingle().Which.Status.Should().Be(JobStatus.Printing);
        t.Events.Last().Kind.Should().Be(JobEventKind.Reconnected);
    }

    [Test]
    public void Decide_WhenOfflineOrErrorMidJob_KeepsTheJobOpen()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 30);
        t.Feed(PrinterState.Offline, 30, id: null);
        t.Feed(PrinterState.Attention, 60, progress: 30);
        t.Feed(PrinterState.Printing, 90, progress: 31);

        t.Jobs.Should().ContainSingle().Which.IsOpen.Should().BeTrue();
    }

    [Test]
    public void Decide_WhenJoiningAPrintAlreadyRunning_BacksDateTheStartFromElapsedTime()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 3600, progress: 40, elapsed: 1800);

        t.Jobs.Single().StartedAt.Should().Be(T0.AddSeconds(1800));
    }

    [Test]
    public void Decide_WhenFailedJobHasEstimatedMaterial_BooksMaterialScaledByProgress()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 0, progress: 1);
        t.Jobs.Single().MaterialEstimatedGrams = 50m;
        t.Feed(PrinterState.Printing, 60, progress: 40);
        t.Feed(PrinterState.Failed, 70, progress: 40);

        t.Jobs.Single().MaterialUsedGrams.Should().Be(20m);
    }

    [Test]
    public void Decide_WhenStatusesArriveOutOfOrder_IgnoresTheOlderOne()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Printing, 100, progress: 50);
        var decision = t.Feed(PrinterState.Finished, 50, progress: 100);

        decision.Changed.Should().BeEmpty();
        t.Jobs.Single().IsOpen.Should().BeTrue();
    }

    [Test]
    public void Decide_WhenIdleWithoutJob_DoesNothing()
    {
        var t = new Timeline(_tracker);
        t.Feed(PrinterState.Idle, 0, id: null);
        t.Feed(PrinterState.Finished, 10, id: "old-task", progress: 100);

        t.Jobs.Should().BeEmpty("a finished job seen for the first time was printed before Printernizer watched");
    }
}
