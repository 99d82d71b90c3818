using Printernizer.Application.Queue;

namespace Printernizer.Application.Tests.Queue;

public sealed class QueueOptionsTests
{
    [TestCase("00:00:00", "00:01:00")]
    [TestCase("-00:05:00", "00:01:00")]
    [TestCase("00:00:30", "00:01:00")]
    [TestCase("00:10:00", "00:10:00")]
    [TestCase("02:00:00", "02:00:00")]
    public void EffectiveDispatchTimeout_WhenConfigured_IsAtLeastOneMinute(string configured, string expected)
    {
        var options = new QueueOptions { DispatchTimeout = TimeSpan.Parse(configured, System.Globalization.CultureInfo.InvariantCulture) };

        options.EffectiveDispatchTimeout.Should().Be(TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
