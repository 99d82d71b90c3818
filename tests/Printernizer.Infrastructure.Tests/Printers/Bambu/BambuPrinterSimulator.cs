using System.Collections.Concurrent;
using System.Security.Authentication;
using System.Text;
using System.Text.Json.Nodes;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu;

/// <summary>
/// A Bambu printer as seen over MQTT: a second client on the test broker that publishes reports on
/// <c>device/&lt;serial&gt;/report</c> and answers pushall, get_version and pause/resume/stop on the request topic the way
/// the protocol doc describes (ack with the same sequence_id, then a delta with the new gcode_state). With
/// <see cref="RejectControlAsUnverified"/> it answers control commands like firmware without Developer Mode.
/// </summary>
public sealed class BambuPrinterSimulator : IAsyncDisposable
{
    private readonly MosquittoServer _broker;
    private readonly string _serial;
    private readonly string _accessCode;
    private readonly ConcurrentQueue<JsonObject> _requests = new();
    private readonly SemaphoreSlim _publishLock = new(1, 1);
    private MqttClient? _client;
    private Task _loop = Task.CompletedTask;
    private int _sequence = 1000;

    public BambuPrinterSimulator(MosquittoServer broker, string serial, string accessCode)
    {
        _broker = broker;
        _serial = serial;
        _accessCode = accessCode;
    }

    /// <summary>The printer's current full <c>print</c> state, sent as the pushall reply.</summary>
    public JsonObject State { get; set; } = BambuFixtures.Print(BambuFixtures.A1Pushall);

    /// <summary>The get_version reply (<c>info</c> object).</summary>
    public JsonObject Version { get; set; } = JsonNode.Parse(BambuFixtures.Compact(BambuFixtures.A1Version))!["info"]!.AsObject();

    /// <summary>Answer pause/resume/stop with "mqtt message verify failed" (firmware without Developer Mode).</summary>
    public bool RejectControlAsUnverified { get; set; }

    /// <summary>Swallow pause/resume/stop without an ack or a state change (a half-broken session).</summary>
    public bool IgnoreControl { get; set; }

    /// <summary>Ignore every request and publish nothing on its own (the silent-broker firmware bug).</summary>
    public bool Muted { get; set; }

    public IReadOnlyList<JsonObject> Requests => _requests.ToArray();

    public int Count(string command) => _requests.Count(r => r.First().Value?["command"]?.GetValue<string>() == command);

    private string ReportTopic => $"device/{_serial}/report";

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        var client = new MqttClient(new MqttClientOptions
        {
            Host = _broker.Host,
            Port = _broker.Port,
            ClientId = "simulated-printer-" + Guid.NewGuid().ToString("N"),
            UserName = "bblp",
            Password = _accessCode,
            UseTls = _broker.Options.TlsCertificate is not null,
            TlsTargetHost = _serial,
            TlsProtocols = SslProtocols.Tls12,
            CertificateValidation = (_, certificate, _, _) => certificate?.Subject == "CN=" + _serial,
        });
        await client.ConnectAsync(cancellationToken);
        await client.SubscribeAsync($"device/{_serial}/request", MqttQualityOfService.AtLeastOnce, cancellationToken);
        _client = client;
        _loop = Task.Run(() => ServeAsync(client), CancellationToken.None);
    }

    /// <summary>Publishes a raw payload on the report topic (as the printer would, QoS 0).</summary>
    public async Task PublishAsync(string payload)
    {
        await _publishLock.WaitAsync();
        try
        {
            await _client!.PublishAsync(ReportTopic, Encoding.UTF8.GetBytes(payload));
        }
        finally
        {
            _publishLock.Release();
        }
    }

    /// <summary>Makes a fixture the printer's state and publishes it as a full report.</summary>
    public Task PublishFullAsync(string fixture)
    {
        State = BambuFixtures.Print(fixture);
        return PublishFullStateAsync();
    }

    public Task PublishFullStateAsync()
    {
        var print = State.DeepClone().AsObject();
        print["command"] = "push_status";
        print["msg"] = 0;
        print["sequence_id"] = NextSequence();
        return PublishAsync(new JsonObject { ["print"] = print }.ToJsonString());
    }

    /// <summary>Applies top-level fields to the state and publishes them as a delta (msg 1).</summary>
    public Task PublishDeltaAsync(JsonObject fields)
    {
        var delta = new JsonObject();
        foreach (var (key, value) in fields)
        {
            State[key] = value?.DeepClone();
            delta[key] = value?.DeepClone();
        }

        delta["command"] = "push_status";
        delta["msg"] = 1;
        delta["sequence_id"] = NextSequence();
        return PublishAsync(new JsonObject { ["print"] = delta }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        await _loop;
        _publishLock.Dispose();
    }

    private string NextSequence() => Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task ServeAsync(MqttClient client)
    {
        try
        {
            await foreach (var message in client.Messages.ReadAllAsync())
            {
                if (JsonNode.Parse(message.Payload.Span) is not JsonObject request)
                {
                    continue;
                }

                _requests.Enqueue(request);
                if (!Muted)
                {
                    await AnswerAsync(request);
                }
            }
        }
        catch (Exception ex) when (ex is MqttException or IOException)
        {
            // the broker went away; the test reconnects the simulator
        }
    }

    private async Task AnswerAsync(JsonObject request)
    {
        var (type, node) = request.First();
        if (node is not JsonObject body)
        {
            return;
        }

        var command = body["command"]?.GetValue<string>();
        var sequence = body["sequence_id"]?.GetValue<string>() ?? "0";
        switch (type, command)
        {
            case ("pushing", "pushall"):
                await PublishFullStateAsync();
                break;
            case ("info", "get_version"):
                var version = Version.DeepClone().AsObject();
                version["sequence_id"] = sequence;
                await PublishAsync(new JsonObject { ["info"] = version }.ToJsonString());
                break;
            case ("print", "pause" or "resume" or "stop") when !IgnoreControl:
                await AnswerControlAsync(command!, sequence);
                break;
        }
    }

    private async Task AnswerControlAsync(string command, string sequence)
    {
        if (RejectControlAsUnverified)
        {
            await PublishAsync(new JsonObject
            {
                ["print"] = new JsonObject
                {
                    ["command"] = command,
                    ["sequence_id"] = sequence,
                    ["result"] = "failed",
                    ["reason"] = "mqtt message verify failed",
                    ["err_code"] = 84033543,
                },
            }.ToJsonString());
            return;
        }

        await PublishAsync(new JsonObject
        {
            ["print"] = new JsonObject { ["command"] = command, ["sequence_id"] = sequence, ["param"] = string.Empty, ["result"] = "success", ["reason"] = string.Empty },
        }.ToJsonString());
        switch (command)
        {
            case "pause":
                await PublishDeltaAsync(new JsonObject { ["gcode_state"] = "PAUSE", ["stg_cur"] = 16 });
                break;
            case "resume":
                await PublishDeltaAsync(new JsonObject { ["gcode_state"] = "RUNNING", ["stg_cur"] = 0 });
                break;
            default:
                // the cancel marker appears with FAILED and is reset a moment later (doc §5.8/§5.9)
                await PublishDeltaAsync(new JsonObject { ["print_error"] = 50348044, ["gcode_state"] = "FAILED" });
                await PublishDeltaAsync(new JsonObject { ["print_error"] = 0 });
                break;
        }
    }
}
