using System.Collections.Concurrent;
using System.Text.Json;

namespace Printernizer.Api.Tests.Files;

/// <summary>Reads <c>/api/v1/events</c> in the background and keeps every event (name and JSON data).</summary>
internal sealed class EventCollector : IAsyncDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly Task _reader;
    private readonly HttpResponseMessage _response;

    private EventCollector(HttpResponseMessage response, Stream stream)
    {
        _response = response;
        _reader = ReadAsync(new StreamReader(stream), _cts.Token);
    }

    public ConcurrentQueue<(string Name, JsonElement Data)> Events { get; } = new();

    public static async Task<EventCollector> StartAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var collector = new EventCollector(response, await response.Content.ReadAsStreamAsync());
        return collector;
    }

    public IEnumerable<JsonElement> Named(string name) => Events.Where(e => e.Name == name).Select(e => e.Data);

    public async ValueTask DisposeAsync()
    {
        await _cts.CancelAsync();
        try
        {
            await _reader;
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }

        _response.Dispose();
        _cts.Dispose();
    }

    private async Task ReadAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? name = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                Events.Enqueue((name, JsonDocument.Parse(line[6..]).RootElement.Clone()));
            }
            else if (line.Length == 0)
            {
                name = null;
            }
        }
    }
}
