using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Api.Tests.Support;
using Printernizer.Infrastructure.HomeAssistant;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.HomeAssistant;

/// <summary>The real host publishing simulated printers to a real mosquitto, observed by a second MQTT client playing Home Assistant.</summary>
[NonParallelizable]
public sealed class HomeAssistantPublisherTests
{
    private static readonly string[] SensorIds =
        ["state", "progress", "remaining_time", "nozzle_temperature", "nozzle_target", "bed_temperature", "bed_target", "current_job", "connection"];

    private MosquittoServer _broker = null!;

    [OneTimeSetUp]
    public void StartBroker() => _broker = MosquittoServer.Start(new MosquittoServerOptions { AllowAnonymous = true });

    [OneTimeTearDown]
    public void StopBroker() => _broker.Dispose();

    [Test]
    public async Task Enable_WhenPrintersExist_PublishesRetainedDiscoveryConfigsWithTheDocumentedTopicsAndJson()
    {
        await using var ha = await StartAsync();
        var printerId = await ha.AddPrinterAsync("Sim Werkstatt");
        var node = "printernizer_" + printerId.ToString("N");

        // A client that subscribes afterwards still gets the configs: they are retained.
        await ha.Probe.WaitForAsync($"{ha.Prefix}/sensor/{node}/state/config");
        await using var late = await MqttProbe.ConnectAsync(_broker.Port, ha.Prefix + "/#", ha.BaseTopic + "/#");
        foreach (var id in SensorIds)
        {
            var message = await late.WaitForAsync($"{ha.Prefix}/sensor/{node}/{id}/config", m => m.Retain, "the retained config");
            var config = message.Json;
            config.GetProperty("unique_id").GetString().Should().Be($"{node}_{id}");
            config.GetProperty("state_topic").GetString().Should().Be($"{ha.BaseTopic}/printers/{printerId:N}/state");
            config.GetProperty("value_template").GetString().Should().StartWith("{{ value_json.");
            config.GetProperty("availability")[0].GetProperty("topic").GetString().Should().Be(ha.BaseTopic + "/availability");
            var device = config.GetProperty("device");
            device.GetProperty("identifiers")[0].GetString().Should().Be(node);
            device.GetProperty("name").GetString().Should().Be("Sim Werkstatt");
            device.GetProperty("model").GetString().Should().NotBeNullOrEmpty();
        }

        var nozzle = (await late.WaitForAsync($"{ha.Prefix}/sensor/{node}/nozzle_temperature/config")).Json;
        nozzle.GetProperty("unit_of_measurement").GetString().Should().Be("°C");
        nozzle.GetProperty("device_class").GetString().Should().Be("temperature");
        (await late.WaitForAsync($"{ha.Prefix}/sensor/{node}/progress/config")).Json.GetProperty("unit_of_measurement").GetString().Should().Be("%");
        (await late.WaitForAsync($"{ha.Prefix}/sensor/{node}/remaining_time/config")).Json.GetProperty("device_class").GetString().Should().Be("duration");
        var printing = await late.WaitForAsync($"{ha.Prefix}/binary_sensor/{node}/printing/config", m => m.Retain, "the retained config");
        printing.Json.GetProperty("value_template").GetString().Should().Contain("value_json.printing");
        var availability = await late.WaitForAsync(ha.BaseTopic + "/availability");
        availability.Payload.Should().Be("online");
        availability.Retain.Should().BeTrue();
        late.Messages.Should().NotContain(m => m.Topic.Contains("/button/", StringComparison.Ordinal) && m.Payload.Length > 0, "control is off by default");

        var settings = await ha.Client.GetFromJsonAsync<JsonElement>("/api/v1/settings/homeassistant");
        settings.GetProperty("connected").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task State_WhenThePrinterChanges_FollowsItWithJsonTheTemplatesRead()
    {
        await using var ha = await StartAsync();
        var printerId = await ha.AddPrinterAsync();
        var stateTopic = $"{ha.BaseTopic}/printers/{printerId:N}/state";

        var printing = await ha.Probe.WaitForAsync(stateTopic, m => m.Json.GetProperty("state").GetString() == "printing", "printing");
        printing.Json.GetProperty("printing").GetBoolean().Should().BeTrue();
        printing.Json.GetProperty("connection").GetString().Should().Be("connected");
        printing.Json.GetProperty("job").GetString().Should().NotBeNullOrEmpty();
        printing.Json.GetProperty("nozzle_target").GetDouble().Should().BeGreaterThan(100);

        (await ha.Client.PostAsync($"/api/v1/printers/{printerId}/pause", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var paused = await ha.Probe.WaitForAsync(stateTopic, m => m.Json.GetProperty("state").GetString() == "paused", "paused");
        paused.Json.GetProperty("printing").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Will_WhenPrinternizerDropsTheConnectionWithoutDisconnect_MarksItOfflineAndItComesBack()
    {
        await using var ha = await StartAsync();
        var availability = ha.BaseTopic + "/availability";
        await ha.Probe.WaitForAsync(availability, m => m.Payload == "online");
        ha.Probe.Clear();

        ha.Factory.Services.GetRequiredService<HomeAssistantPublisher>().AbortConnection();

        var offline = await ha.Probe.WaitForAsync(availability, m => m.Payload == "offline", "the last will");
        await ha.Probe.WaitForAsync(availability, m => m.Payload == "online" && ha.Probe.Messages.ToList().IndexOf(m) > ha.Probe.Messages.ToList().IndexOf(offline), "online again after the reconnect");
    }

    [Test]
    public async Task DeletePrinter_WhenPublished_ClearsItsRetainedConfigsAndState()
    {
        await using var ha = await StartAsync();
        var kept = await ha.AddPrinterAsync("Kept");
        var deleted = await ha.AddPrinterAsync("Deleted");
        var deletedNode = "printernizer_" + deleted.ToString("N");
        await ha.Probe.WaitForAsync($"{ha.Prefix}/sensor/{deletedNode}/state/config");
        await ha.Probe.WaitForAsync($"{ha.BaseTopic}/printers/{deleted:N}/state");

        (await ha.Client.DeleteAsync($"/api/v1/printers/{deleted}")).EnsureSuccessStatusCode();

        foreach (var id in SensorIds)
        {
            await ha.Probe.WaitForAsync($"{ha.Prefix}/sensor/{deletedNode}/{id}/config", m => m.Payload.Length == 0, "an empty payload");
        }

        await ha.Probe.WaitForAsync($"{ha.Prefix}/binary_sensor/{deletedNode}/printing/config", m => m.Payload.Length == 0, "an empty payload");
        await using var late = await MqttProbe.ConnectAsync(_broker.Port, ha.Prefix + "/#", ha.BaseTopic + "/#");
        await late.WaitForAsync($"{ha.Prefix}/sensor/printernizer_{kept:N}/connection/config");
        await late.WaitForAsync($"{ha.BaseTopic}/printers/{kept:N}/state");
        late.Messages.Should().NotContain(m => m.Topic.Contains(deleted.ToString("N"), StringComparison.Ordinal), "nothing of the deleted printer stays retained");
    }

    [Test]
    public async Task BirthMessage_WhenHomeAssistantRestarts_RepublishesTheConfigs()
    {
        await using var ha = await StartAsync();
        var printerId = await ha.AddPrinterAsync();
        var topic = $"{ha.Prefix}/sensor/printernizer_{printerId:N}/progress/config";
        await ha.Probe.WaitForAsync(topic);
        ha.Probe.Clear();

        await ha.Probe.PublishAsync(ha.Prefix + "/status", "online");

        var again = await ha.Probe.WaitForAsync(topic, what: "the config again after the birth message");
        again.Json.GetProperty("unique_id").GetString().Should().EndWith("_progress");
        await ha.Probe.WaitForAsync($"{ha.BaseTopic}/printers/{printerId:N}/state", what: "the state again");
    }

    [Test]
    public async Task PauseButton_WhenControlIsAllowed_PausesThePrinterAndIsAuditedAsHomeAssistant()
    {
        await using var ha = await StartAsync(allowControl: true);
        var printerId = await ha.AddPrinterAsync();
        var node = "printernizer_" + printerId.ToString("N");
        var button = (await ha.Probe.WaitForAsync($"{ha.Prefix}/button/{node}/pause/config")).Json;
        await ha.Probe.WaitForAsync($"{ha.Prefix}/button/{node}/resume/config");
        await ha.Probe.WaitForAsync($"{ha.Prefix}/button/{node}/stop/config");
        await Eventually.GetAsync(() => StatusAsync(ha.Client, printerId), s => s.GetProperty("state").GetString() == "printing", "printing");

        await ha.Probe.PublishAsync(button.GetProperty("command_topic").GetString()!, button.GetProperty("payload_press").GetString()!);

        await Eventually.GetAsync(() => StatusAsync(ha.Client, printerId), s => s.GetProperty("state").GetString() == "paused", "paused by the button");
        await using var connection = new SqliteConnection($"Data Source={new DataFolder(ha.Factory.DataFolder).DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor FROM audit_log WHERE action = 'printer.pause' AND entity_id = $id";
        command.Parameters.AddWithValue("$id", printerId.ToString("D"));
        (await command.ExecuteScalarAsync()).Should().Be("home-assistant");
    }

    [Test]
    public async Task ControlTopic_WhenControlIsNotAllowed_IsIgnored()
    {
        await using var ha = await StartAsync(allowControl: false);
        var printerId = await ha.AddPrinterAsync();
        var stateTopic = $"{ha.BaseTopic}/printers/{printerId:N}/state";
        await ha.Probe.WaitForAsync(stateTopic, m => m.Json.GetProperty("state").GetString() == "printing", "printing");

        await ha.Probe.PublishAsync($"{ha.BaseTopic}/printers/{printerId:N}/command", "pause");
        ha.Probe.Clear();

        // Several later state messages all still say printing (the simulated print lasts hours).
        await ha.Probe.WaitForAsync(stateTopic, _ => ha.Probe.Messages.Count(m => m.Topic == stateTopic) >= 3, "three more state messages");
        ha.Probe.Messages.Where(m => m.Topic == stateTopic).Should().OnlyContain(m => m.Json.GetProperty("state").GetString() == "printing");
    }

    [Test]
    public async Task State_WhenThePrinterChangesWithinTheInterval_IsCoalescedAndTheLatestWins()
    {
        // One state message per printer per interval: with an hour-long interval, the pause below is held back
        // until Home Assistant's birth message asks for everything again, and then the latest state (paused) is sent.
        await using var ha = await StartAsync(stateInterval: TimeSpan.FromHours(1));
        var printerId = await ha.AddPrinterAsync();
        var stateTopic = $"{ha.BaseTopic}/printers/{printerId:N}/state";
        var progressConfig = $"{ha.Prefix}/sensor/printernizer_{printerId:N}/progress/config";
        await ha.Probe.WaitForAsync(stateTopic);
        await Eventually.GetAsync(() => StatusAsync(ha.Client, printerId), s => s.GetProperty("state").GetString() == "printing", "printing");
        (await ha.Client.PostAsync($"/api/v1/printers/{printerId}/pause", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Eventually.GetAsync(() => StatusAsync(ha.Client, printerId), s => s.GetProperty("state").GetString() == "paused", "paused");
        var configsBefore = ha.Probe.Messages.Count(m => m.Topic == progressConfig);

        await ha.Probe.PublishAsync(ha.Prefix + "/status", "online");

        await ha.Probe.WaitForAsync(progressConfig, _ => ha.Probe.Messages.Count(m => m.Topic == progressConfig) > configsBefore, "the republished config");
        var latest = await ha.Probe.WaitForAsync(stateTopic, m => m.Json.GetProperty("state").GetString() == "paused", "the latest state");
        var states = ha.Probe.Messages.Where(m => m.Topic == stateTopic).ToList();
        states.Should().HaveCount(2, "the many simulator updates in between were coalesced");
        states[^1].Should().Be(latest);
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/printers/{id}/status");

    private async Task<HomeAssistantHarness> StartAsync(bool allowControl = false, TimeSpan? stateInterval = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var prefix = "ha-" + suffix;
        var baseTopic = "printernizer-" + suffix;
        var factory = new PrinternizerFactory(
            settings: HomeAssistantHarness.FastSimulation(),
            configureServices: services => services.AddSingleton(new HomeAssistantOptions
            {
                BaseTopic = baseTopic,
                StateInterval = stateInterval ?? TimeSpan.FromMilliseconds(200),
                // With a long state interval, no periodic resync may sneak in an extra state message either.
                ResyncInterval = stateInterval is null ? TimeSpan.FromSeconds(60) : TimeSpan.FromHours(1),
                ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
                ReconnectMaxDelay = TimeSpan.FromSeconds(2),
            }));
        var client = await factory.CreateAdminClientAsync();
        var probe = await MqttProbe.ConnectAsync(_broker.Port, prefix + "/#", baseTopic + "/#");
        var response = await client.PutAsJsonAsync("/api/v1/settings/homeassistant", new
        {
            enabled = true,
            host = "127.0.0.1",
            port = _broker.Port,
            discoveryPrefix = prefix,
            allowControl,
        });
        response.EnsureSuccessStatusCode();
        return new HomeAssistantHarness(factory, client, probe, prefix, baseTopic);
    }
}
