using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.Realtime;

namespace Printernizer.Api.Tests.Common;

public sealed class EventsStreamTests
{
    [Test]
    public async Task Events_WhenAnonymous_Returns401()
    {
        using var factory = new PrinternizerFactory();
        using var client = factory.CreateClient();

        await (await client.GetAsync("/api/v1/events")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Events_WhenConnected_StreamsPublishedEventsWithIdsAndHeartbeats()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateApiKeyClientAsync("read");
        var hub = factory.Services.GetRequiredService<RealtimeEventHub>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        (await ReadUntilAsync(reader, l => l == ": connected", cts.Token)).Should().NotBeNull();

        hub.Publish("printer.status", new { printerId = "p1", state = "printing" });
        var lines = await ReadBlockAsync(reader, cts.Token);

        lines.Should().Contain(l => l.StartsWith("id: ", StringComparison.Ordinal));
        lines.Should().Contain("event: printer.status");
        lines.Should().Contain("data: {\"printerId\":\"p1\",\"state\":\"printing\"}");
        (await ReadUntilAsync(reader, l => l == ": heartbeat", cts.Token)).Should().NotBeNull("a heartbeat follows when nothing happens");
    }

    [Test]
    public async Task Events_WhenReconnectingWithLastEventId_ReplaysOnlyWhatWasMissed()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateApiKeyClientAsync("read");
        var hub = factory.Services.GetRequiredService<RealtimeEventHub>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string firstId;
        using (var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, cts.Token))
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token)))
        {
            await ReadUntilAsync(reader, l => l == ": connected", cts.Token);
            hub.Publish("job.updated", new { n = 1 });
            var block = await ReadBlockAsync(reader, cts.Token);
            firstId = block.Single(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..];
        }

        hub.Publish("job.updated", new { n = 2 });
        hub.Publish("job.updated", new { n = 3 });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Add("Last-Event-ID", firstId);
        using var resumed = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var resumedReader = new StreamReader(await resumed.Content.ReadAsStreamAsync(cts.Token));
        await ReadUntilAsync(resumedReader, l => l == ": connected", cts.Token);

        var second = await ReadBlockAsync(resumedReader, cts.Token);
        var third = await ReadBlockAsync(resumedReader, cts.Token);

        second.Should().Contain("data: {\"n\":2}");
        third.Should().Contain("data: {\"n\":3}");
    }

    [Test]
    public async Task Events_WhenABurstIsPublished_ArriveCompleteInOrderAndWellFormed()
    {
        using var factory = new PrinternizerFactory();
        using var client = await factory.CreateApiKeyClientAsync("read");
        var hub = factory.Services.GetRequiredService<RealtimeEventHub>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        await ReadUntilAsync(reader, l => l == ": connected", cts.Token);

        // Many events at once are written in batches; every one must still be its own id/event/data block.
        var padding = new string('x', 1000);
        for (var i = 0; i < 300; i++)
        {
            hub.Publish("job.updated", new { n = i, padding });
        }

        var ids = new List<long>();
        for (var i = 0; i < 300; i++)
        {
            var block = await ReadBlockAsync(reader, cts.Token);
            block.Should().HaveCount(3);
            ids.Add(long.Parse(block[0][4..], System.Globalization.CultureInfo.InvariantCulture));
            block[1].Should().Be("event: job.updated");
            block[2].Should().Be($"data: {{\"n\":{i},\"padding\":\"{padding}\"}}");
        }

        ids.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    private static async Task<string?> ReadUntilAsync(StreamReader reader, Func<string, bool> predicate, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (predicate(line))
            {
                return line;
            }
        }

        return null;
    }

    private static async Task<List<string>> ReadBlockAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && lines.Count > 0)
            {
                return lines;
            }

            if (line.Length > 0 && !line.StartsWith(':'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
