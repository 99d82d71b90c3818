using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Printernizer.Application.Monitoring;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.HomeAssistant;

/// <summary>
/// Builds Home Assistant MQTT discovery configs (one device per printer) and the JSON state they read with
/// <c>value_template</c>. Null values render as <c>None</c>, which Home Assistant sensors show as unknown.
/// </summary>
public static class HomeAssistantDiscovery
{
    /// <summary>Object ids of every entity a printer can have (buttons included), for removal.</summary>
    public static readonly IReadOnlyList<(string Component, string ObjectId)> AllEntities =
    [
        ("sensor", "state"), ("sensor", "progress"), ("sensor", "remaining_time"), ("sensor", "nozzle_temperature"),
        ("sensor", "nozzle_target"), ("sensor", "bed_temperature"), ("sensor", "bed_target"), ("sensor", "current_job"),
        ("sensor", "connection"), ("binary_sensor", "printing"), ("button", "pause"), ("button", "resume"), ("button", "stop"),
    ];

    public static readonly IReadOnlyList<string> ButtonIds = ["pause", "resume", "stop"];

    private static readonly string[] StateOptions = Enum.GetValues<PrinterState>().Select(s => JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString())).ToArray();

    /// <summary>The entities of <paramref name="printer"/>; the buttons only when <paramref name="allowControl"/>.</summary>
    public static IReadOnlyList<HomeAssistantEntity> Entities(Printer printer, HomeAssistantTopics topics, bool allowControl, string version)
    {
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(topics);
        var list = new List<HomeAssistantEntity>
        {
            Sensor(printer, topics, version, "state", "State", "{{ value_json.state }}", icon: "mdi:printer-3d", extra: c =>
            {
                c["device_class"] = "enum";
                c["options"] = new JsonArray(StateOptions.Select(o => (JsonNode)JsonValue.Create(o)).ToArray());
            }),
            Sensor(printer, topics, version, "progress", "Progress", "{{ value_json.progress }}", unit: "%", stateClass: "measurement", icon: "mdi:progress-clock"),
            Sensor(printer, topics, version, "remaining_time", "Remaining time", "{{ value_json.remaining_seconds }}", unit: "s", deviceClass: "duration"),
            Sensor(printer, topics, version, "nozzle_temperature", "Nozzle temperature", "{{ value_json.nozzle_temperature }}", unit: "°C", deviceClass: "temperature", stateClass: "measurement"),
            Sensor(printer, topics, version, "nozzle_target", "Nozzle target temperature", "{{ value_json.nozzle_target }}", unit: "°C", deviceClass: "temperature"),
            Sensor(printer, topics, version, "bed_temperature", "Bed temperature", "{{ value_json.bed_temperature }}", unit: "°C", deviceClass: "temperature", stateClass: "measurement"),
            Sensor(printer, topics, version, "bed_target", "Bed target temperature", "{{ value_json.bed_target }}", unit: "°C", deviceClass: "temperature"),
            Sensor(printer, topics, version, "current_job", "Current job", "{{ value_json.job }}", icon: "mdi:file-document-outline"),
            Sensor(printer, topics, version, "connection", "Connection", "{{ value_json.connection }}", icon: "mdi:lan-connect", extra: c =>
            {
                c["device_class"] = "enum";
                c["options"] = new JsonArray("connected", "offline");
                c["entity_category"] = "diagnostic";
            }),
        };

        var printing = Common(printer, topics, version, "printing", "Printing");
        printing["state_topic"] = topics.State(printer.Id);
        printing["value_template"] = "{{ 'ON' if value_json.printing else 'OFF' }}";
        printing["payload_on"] = "ON";
        printing["payload_off"] = "OFF";
        printing["device_class"] = "running";
        list.Add(new HomeAssistantEntity("binary_sensor", "printing", printing));

        if (allowControl)
        {
            foreach (var (id, name, icon) in new[] { ("pause", "Pause", "mdi:pause"), ("resume", "Resume", "mdi:play"), ("stop", "Stop", "mdi:stop") })
            {
                var button = Common(printer, topics, version, id, name);
                button["command_topic"] = topics.Command(printer.Id);
                button["payload_press"] = id;
                button["qos"] = 1;
                button["icon"] = icon;
                list.Add(new HomeAssistantEntity("button", id, button));
            }
        }

        return list;
    }

    /// <summary>The JSON state of one printer as the configs' templates read it.</summary>
    public static string StatePayload(PrinterStatusDto? status)
    {
        var state = status?.State ?? PrinterState.Offline;
        var payload = new JsonObject
        {
            ["state"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(state.ToString()),
            ["printing"] = state is PrinterState.Printing or PrinterState.Preparing,
            ["connection"] = status?.Connected == true ? "connected" : "offline",
            ["progress"] = status?.ProgressPercent,
            ["remaining_seconds"] = status?.RemainingSeconds,
            ["nozzle_temperature"] = Round(status?.Temperatures.Nozzle),
            ["nozzle_target"] = Round(status?.Temperatures.NozzleTarget),
            ["bed_temperature"] = Round(status?.Temperatures.Bed),
            ["bed_target"] = Round(status?.Temperatures.BedTarget),
            ["job"] = status?.JobName ?? status?.FileName,
            ["offline_reason"] = status?.OfflineReason,
            ["updated_at"] = status?.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        return payload.ToJsonString();
    }

    /// <summary>A stable fingerprint of what the configs show about a printer (re-published when it changes).</summary>
    public static string Signature(Printer printer) => string.Join('|', printer.Name, printer.Kind, printer.Model, printer.Firmware);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;

    private static HomeAssistantEntity Sensor(
        Printer printer,
        HomeAssistantTopics topics,
        string version,
        string objectId,
        string name,
        string template,
        string? unit = null,
        string? deviceClass = null,
        string? stateClass = null,
        string? icon = null,
        Action<JsonObject>? extra = null)
    {
        var config = Common(printer, topics, version, objectId, name);
        config["state_topic"] = topics.State(printer.Id);
        config["value_template"] = template;
        if (unit is not null)
        {
            config["unit_of_measurement"] = unit;
        }

        if (deviceClass is not null)
        {
            config["device_class"] = deviceClass;
        }

        if (stateClass is not null)
        {
            config["state_class"] = stateClass;
        }

        if (icon is not null)
        {
            config["icon"] = icon;
        }

        extra?.Invoke(config);
        return new HomeAssistantEntity("sensor", objectId, config);
    }

    private static JsonObject Common(Printer printer, HomeAssistantTopics topics, string version, string objectId, string name)
    {
        var device = new JsonObject
        {
            ["identifiers"] = new JsonArray(HomeAssistantTopics.NodeId(printer.Id)),
            ["name"] = printer.Name,
            ["manufacturer"] = printer.Kind switch
            {
                PrinterKind.Bambu => "Bambu Lab",
                PrinterKind.Prusa => "Prusa Research",
                _ => "Printernizer",
            },
            ["model"] = printer.Model ?? (printer.Kind == PrinterKind.Simulated ? "Simulated printer" : printer.Kind.ToString()),
        };
        if (printer.Firmware is not null)
        {
            device["sw_version"] = printer.Firmware;
        }

        if (printer.Serial is not null)
        {
            device["serial_number"] = printer.Serial;
        }

        return new JsonObject
        {
            ["name"] = name,
            ["unique_id"] = $"{HomeAssistantTopics.NodeId(printer.Id)}_{objectId}",
            ["availability"] = new JsonArray(new JsonObject { ["topic"] = topics.Availability }),
            ["payload_available"] = "online",
            ["payload_not_available"] = "offline",
            ["device"] = device,
            ["origin"] = new JsonObject { ["name"] = "Printernizer", ["sw_version"] = version },
        };
    }
}
