using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Prusa;

namespace Printernizer.Infrastructure.Tests.Printers.Prusa;

public sealed class PrusaPollScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly PrusaDriverOptions Defaults = new();

    [Test]
    public void NextInterval_WhenIdle_IsThirtySeconds()
    {
        var schedule = new PrusaPollSchedule(Defaults);
        schedule.Observed(PrinterState.Idle, null);

        schedule.NextInterval(T0).Should().Be(TimeSpan.FromSeconds(30));
        schedule.IsFast(T0).Should().BeFalse();
    }

    [Test]
    public void NextInterval_ForThirtySecondsAfterACommand_IsFiveSeconds()
    {
        var schedule = new PrusaPollSchedule(Defaults);
        schedule.Observed(PrinterState.Printing, 40m);

        schedule.CommandSent(T0);

        schedule.NextInterval(T0).Should().Be(TimeSpan.FromSeconds(5));
        schedule.NextInterval(T0.AddSeconds(29)).Should().Be(TimeSpan.FromSeconds(5));
        schedule.NextInterval(T0.AddSeconds(30)).Should().Be(TimeSpan.FromSeconds(30));
    }

    [Test]
    public void CommandSent_WhenRepeated_ExtendsTheWindowButNeverShortensIt()
    {
        var schedule = new PrusaPollSchedule(Defaults with { FastWindow = TimeSpan.FromSeconds(30) });
        schedule.CommandSent(T0.AddSeconds(20));
        schedule.CommandSent(T0);

        schedule.NextInterval(T0.AddSeconds(45)).Should().Be(TimeSpan.FromSeconds(5));
        schedule.NextInterval(T0.AddSeconds(50)).Should().Be(TimeSpan.FromSeconds(30));
    }

    [TestCase(PrinterState.Busy, null)]
    [TestCase(PrinterState.Printing, null)]
    [TestCase(PrinterState.Printing, 0.0)]
    public void NextInterval_WhileAJobIsStarting_IsFast(PrinterState state, double? progress)
    {
        var schedule = new PrusaPollSchedule(Defaults);

        schedule.Observed(state, (decimal?)progress);

        schedule.NextInterval(T0).Should().Be(TimeSpan.FromSeconds(5));
        schedule.IsFast(T0).Should().BeTrue();
    }

    [Test]
    public void NextInterval_OnceTheJobHasProgress_UsesTheActiveJobInterval()
    {
        var schedule = new PrusaPollSchedule(Defaults with { ActiveJobInterval = TimeSpan.FromSeconds(10) });
        schedule.Observed(PrinterState.Printing, 0m);

        schedule.Observed(PrinterState.Printing, 0.5m);

        schedule.NextInterval(T0).Should().Be(TimeSpan.FromSeconds(10));
    }

    [TestCase(PrinterState.Paused)]
    [TestCase(PrinterState.Attention)]
    public void NextInterval_WhenJobWaits_UsesTheActiveJobInterval(PrinterState state)
    {
        var schedule = new PrusaPollSchedule(Defaults with { ActiveJobInterval = TimeSpan.FromSeconds(10) });

        schedule.Observed(state, 50m);

        schedule.NextInterval(T0).Should().Be(TimeSpan.FromSeconds(10));
    }

    [TestCase(PrinterState.Finished)]
    [TestCase(PrinterState.Stopped)]
    [TestCase(PrinterState.Idle)]
    public void NextInterval_WhenNothingRuns_UsesTheIdleInterval(PrinterState state)
    {
        var schedule = new PrusaPollSchedule(Defaults with { ActiveJobInterval = TimeSpan.FromSeconds(10), IdleInterval = TimeSpan.FromSeconds(45) });

        schedule.Observed(state, null);

        schedule.NextInterval(T0).Should().Be(TimeSpan.FromSeconds(45));
    }

    [Test]
    public void NextInterval_WhenFastIsConfiguredSlowerThanIdle_NeverSlowsDown()
    {
        var schedule = new PrusaPollSchedule(Defaults with { IdleInterval = TimeSpan.FromSeconds(2), FastInterval = TimeSpan.FromSeconds(5) });

        schedule.CommandSent(T0);

        schedule.NextInterval(T0).Should().Be(TimeSpan.FromSeconds(2));
    }
}
