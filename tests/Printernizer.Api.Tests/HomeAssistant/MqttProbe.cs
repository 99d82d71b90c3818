using System.Text;
using System.Text.Json;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;

namespace Printernizer.Api.Tests.HomeAssistant;

/// <summary>A second MQTT client (playing Home Assistant) that records every message it receives on its filters.</summary>
public sealed class MqttProbe : IAsyncDisposable
{
    private readonly MqttClient _client;
    private readonly List<ReceivedMessage> _messages = [];
    private readonly Task _reader;

    private MqttProbe(MqttClient client)
    {
        _client = client;
        _reader = Task.Run(ReadAsync);
    }

    public static async Task<MqttProbe> ConnectAsync(int port, params string[] filters)
    {
        var client = new MqttClient(new MqttClientOptions { Host = "127.0.0.1", Port = port, ClientId = "probe-" + Guid.NewGuid().ToString("N")[..10] });
        await client.ConnectAsync();
        var probe = new MqttProbe(client);
        foreach (var filter in filters)
        {
            await client.SubscribeAsync(filter, MqttQualityOfService.AtLeastOnce);
        }

        return probe;
    }

    public IReadOnlyList<ReceivedMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public void Clear()
    {
        lock (_messages)
        {
            _messages.Clear();
        }
    }

    public Task PublishAsync(string topic, string payload) => _client.PublishAsync(topic, payload, MqttQualityOfService.AtLeastOnce);

    /// <summary>The latest message on <paramref name="topic"/> that satisfies <paramref name="until"/> (waits up to 30 s).</summary>
    public async Task<ReceivedMessage> WaitForAsync(string topic, Func<ReceivedMessage, bool>? until = null, string? what = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var match = Messages.LastOrDefault(m => m.Topic == topic && (until is null || until(m)));
            if (match is not null)
            {
                return match;
            }

            if (DateTime.UtcNow > deadline)
            {
                var seen = string.Join("\n", Messages.TakeLast(30).Select(m => m.Topic + " = " + m.Payload));
                throw new AssertionException($"No message on '{topic}' ({what ?? "any"}) within 30 s. Last messages:\n{seen}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ReadAsync()
    {
        try
        {
            await foreach (var message in _client.Messages.ReadAllAsync())
            {
                lock (_messages)
                {
                    _messages.Add(new ReceivedMessage(message.Topic, Encoding.UTF8.GetString(message.Payload.Span), message.Retain));
                }
            }
        }
        catch (MqttException)
        {
            // connection closed
        }
    }
}

/// <summary>One received message with its payload as text.</summary>
public sealed record ReceivedMessage(string Topic, string Payload, bool Retain)
{
    public JsonElement Json => JsonDocument.Parse(Payload).RootElement;
}
