using Microsoft.Extensions.Logging.Abstractions;
using Printernizer.Infrastructure.Realtime;

namespace Printernizer.Infrastructure.Tests.Realtime;

public sealed class RealtimeEventHubTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Test]
    public async Task Publish_WhenSubscribed_DeliversInOrderWithIncreasingIds()
    {
        var hub = new RealtimeEventHub(NullLogger<RealtimeEventHub>.Instance);
        using var subscription = hub.Subscribe();

        hub.Publish("job.updated", new { n = 1 });
        hub.Publish("job.updated", new { n = 2 });

        var first = await subscription.ReadAsync(Wait, CancellationToken.None);
        var second = await subscription.ReadAsync(Wait, CancellationToken.None);
        first!.Data.Should().Be("{\"n\":1}");
        second!.Data.Should().Be("{\"n\":2}");
        second.Id.Should().BeGreaterThan(first.Id);
    }

    [Test]
    public async Task Publish_WhenSameCoalesceKeyPending_LatestWins()
    {
        var hub = new RealtimeEventHub(NullLogger<RealtimeEventHub>.Instance);
        using var subscription = hub.Subscribe();

        for (var i = 0; i < 100; i++)
        {
            hub.Publish("printer.status", new { progress = i }, coalesceKey: "printer-1");
        }

        hub.Publish("printer.status", new { other = true }, coalesceKey: "printer-2");

        (await subscription.ReadAsync(Wait, CancellationToken.None))!.Data.Should().Be("{\"progress\":99}");
        (await subscription.ReadAsync(Wait, CancellationToken.None))!.Data.Should().Be("{\"other\":true}");
        (await subscription.ReadAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None)).Should().BeNull();
    }

    [Test]
    public async Task Publish_WhenManyPrintersCoalesce_NeverDropsTheClient()
    {
        var hub = new RealtimeEventHub(NullLogger<RealtimeEventHub>.Instance);
        using var subscription = hub.Subscribe();

        for (var round = 0; round < 3; round++)
        {
            for (var printer = 0; printer < 2000; printer++)
            {
                hub.Publish("printer.status", new { printer, round }, coalesceKey: "p" + printer);
            }
        }

        hub.SubscriberCount.Should().Be(1, "status for 2 000 printers is bounded by the printers, not a backlog");
        var first = await subscription.ReadAsync(Wait, CancellationToken.None);
        first!.Data.Should().Be("{\"printer\":0,\"round\":2}");
    }

    [Test]
    public async Task Subscribe_WithLastEventId_ReplaysOnlyWhatWasMissed()
    {
        var hub = new RealtimeEventHub(NullLogger<RealtimeEventHub>.Instance);
        using (var first = hub.Subscribe())
        {
            hub.Publish("job.updated", new { n = 1 });
            var seen = await first.ReadAsync(Wait, CancellationToken.None);
            hub.Publish("job.updated", new { n = 2 });
            hub.Publish("job.updated", new { n = 3 });

            using var resumed = hub.Subscribe(seen!.Id);

            (await resumed.ReadAsync(Wait, CancellationToken.None))!.Data.Should().Be("{\"n\":2}");
            (await resumed.ReadAsync(Wait, CancellationToken.None))!.Data.Should().Be("{\"n\":3}");
        }
    }

    [Test]
    public async Task Publish_WhenASubscriberStopsReading_DropsItWithoutAffectingOthers()
    {
        var hub = new RealtimeEventHub(NullLogger<RealtimeEventHub>.Instance);
        using var stalled = hub.Subscribe();
        using var healthy = hub.Subscribe();
        var received = 0;

        for (var i = 0; i < RealtimeEventHub.SubscriberCapacity + 10; i++)
        {
            hub.Publish("job.updated", new { n = i });
            if (await healthy.ReadAsync(Wait, CancellationToken.None) is not null)
            {
                received++;
            }
        }

        received.Should().Be(RealtimeEventHub.SubscriberCapacity + 10);
        hub.SubscriberCount.Should().Be(1, "the stalled client was dropped");
        var drained = 0;
        while (await stalled.ReadAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None) is not null)
        {
            drained++;
        }

        drained.Should().Be(RealtimeEventHub.SubscriberCapacity, "its queue was bounded");
        stalled.IsCompleted.Should().BeTrue();
    }
}
