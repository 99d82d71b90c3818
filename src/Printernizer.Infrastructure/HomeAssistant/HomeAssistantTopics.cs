namespace Printernizer.Infrastructure.HomeAssistant;

/// <summary>The MQTT topics of one publisher: discovery configs under the prefix, state and commands under the base topic.</summary>
public sealed class HomeAssistantTopics(string discoveryPrefix, string baseTopic)
{
    public string DiscoveryPrefix { get; } = discoveryPrefix;

    /// <summary>Home Assistant's birth/last-will topic (<c>online</c> after a restart: republish).</summary>
    public string HomeAssistantStatus => DiscoveryPrefix + "/status";

    /// <summary>Retained <c>online</c>/<c>offline</c> of Printernizer itself (the last will sets <c>offline</c>).</summary>
    public string Availability => baseTopic + "/availability";

    /// <summary>Subscription for the buttons' command topics of every printer.</summary>
    public string CommandFilter => baseTopic + "/printers/+/command";

    public static string NodeId(Guid printerId) => "printernizer_" + printerId.ToString("N");

    public string State(Guid printerId) => $"{baseTopic}/printers/{printerId:N}/state";

    public string Command(Guid printerId) => $"{baseTopic}/printers/{printerId:N}/command";

    /// <summary><c>&lt;prefix&gt;/&lt;component&gt;/&lt;node_id&gt;/&lt;object_id&gt;/config</c>.</summary>
    public string Config(string component, Guid printerId, string objectId) => $"{DiscoveryPrefix}/{component}/{NodeId(printerId)}/{objectId}/config";

    /// <summary>The printer id of a command topic, or null when the topic is not one.</summary>
    public Guid? PrinterIdOfCommand(string topic)
    {
        var prefix = baseTopic + "/printers/";
        if (!topic.StartsWith(prefix, StringComparison.Ordinal) || !topic.EndsWith("/command", StringComparison.Ordinal))
        {
            return null;
        }

        var id = topic[prefix.Length..^"/command".Length];
        return Guid.TryParseExact(id, "N", out var printerId) ? printerId : null;
    }
}
