using Printernizer.Application.Common;

namespace Printernizer.Application.Tests.Common;

public sealed class BerlinDateRangeTests
{
    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Contains_WhenSpringForwardNight_PutsBothEarlyJobsOnThe29th()
    {
        var day = new BerlinDateRange(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29));
        var dayBefore = new BerlinDateRange(new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 28));

        day.StartUtc.Should().Be(Utc("2026-03-28T23:00:00Z"));
        day.EndUtc.Should().Be(Utc("2026-03-29T22:00:00Z"), "the 29th has only 23 hours");
        day.Contains(Utc("2026-03-29T00:30:00Z")).Should().BeTrue("01:30 CET");
        day.Contains(Utc("2026-03-29T01:30:00Z")).Should().BeTrue("03:30 CEST");
        dayBefore.Contains(Utc("2026-03-29T00:30:00Z")).Should().BeFalse();
        dayBefore.Contains(Utc("2026-03-28T22:59:59Z")).Should().BeTrue("23:59:59 CET on the 28th");
        day.Contains(Utc("2026-03-29T22:00:00Z")).Should().BeFalse("00:00 CEST on the 30th");
        BerlinDateRange.LocalDateOf(Utc("2026-03-29T01:30:00Z")).Should().Be(new DateOnly(2026, 3, 29));
    }

    [Test]
    public void Contains_WhenFallBackNight_PutsBothTwoThirtiesOnThe25th()
    {
        var day = new BerlinDateRange(new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25));
        var dayAfter = new BerlinDateRange(new DateOnly(2026, 10, 26), new DateOnly(2026, 10, 26));

        day.StartUtc.Should().Be(Utc("2026-10-24T22:00:00Z"));
        day.EndUtc.Should().Be(Utc("2026-10-25T23:00:00Z"), "the 25th has 25 hours");
        day.Contains(Utc("2026-10-25T00:30:00Z")).Should().BeTrue("02:30 CEST, the first one");
        day.Contains(Utc("2026-10-25T01:30:00Z")).Should().BeTrue("02:30 CET, the second one");
        day.Contains(Utc("2026-10-25T22:30:00Z")).Should().BeTrue("23:30 CET is still the 25th (a fixed +02:00 would say 26th)");
        dayAfter.Contains(Utc("2026-10-25T22:30:00Z")).Should().BeFalse();
        dayAfter.Contains(Utc("2026-10-25T23:00:00Z")).Should().BeTrue();
        BerlinDateRange.LocalDateOf(Utc("2026-10-25T01:30:00Z")).Should().Be(new DateOnly(2026, 10, 25));
    }

    [Test]
    public void Month_WhenMarch2026_IsTheDocumentedUtcInterval()
    {
        var march = BerlinDateRange.Month(2026, 3);

        march.From.Should().Be(new DateOnly(2026, 3, 1));
        march.To.Should().Be(new DateOnly(2026, 3, 31));
        march.StartUtc.Should().Be(Utc("2026-02-28T23:00:00Z"));
        march.EndUtc.Should().Be(Utc("2026-03-31T22:00:00Z"));
    }

    [Test]
    public void SplitByMonth_WhenRangeCrossesAYear_YieldsClippedMonths()
    {
        var parts = new BerlinDateRange(new DateOnly(2025, 11, 15), new DateOnly(2026, 1, 10)).SplitByMonth();

        parts.Select(p => (p.From, p.To)).Should().Equal(
            (new DateOnly(2025, 11, 15), new DateOnly(2025, 11, 30)),
            (new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)),
            (new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 10)));
    }

    [Test]
    public void Constructor_WhenToBeforeFrom_Throws()
    {
        var act = () => new BerlinDateRange(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1));

        act.Should().Throw<ArgumentException>();
    }
}
