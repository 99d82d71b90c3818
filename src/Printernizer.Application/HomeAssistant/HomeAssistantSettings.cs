namespace Printernizer.Application.HomeAssistant;

/// <summary>The Home Assistant (MQTT discovery) connection as stored; <see cref="Password"/> is in clear text in memory only.</summary>
public sealed record HomeAssistantSettings
{
    public const string DefaultDiscoveryPrefix = "homeassistant";
    public const int DefaultPort = 1883;

    public bool Enabled { get; init; }

    public string? Host { get; init; }

    public int Port { get; init; } = DefaultPort;

    public bool UseTls { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string DiscoveryPrefix { get; init; } = DefaultDiscoveryPrefix;

    /// <summary>Offer pause/resume/stop buttons in Home Assistant (they control the printers).</summary>
    public bool AllowControl { get; init; }
}
