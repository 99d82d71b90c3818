namespace Printernizer.Application.HomeAssistant;

/// <summary>The Home Assistant settings as the API shows them (the password is write-only) with the live bridge state.</summary>
public sealed record HomeAssistantSettingsDto
{
    /// <example>true</example>
    public bool Enabled { get; init; }

    /// <summary>MQTT broker host name or IP address (e.g. the Mosquitto add-on of Home Assistant).</summary>
    /// <example>core-mosquitto</example>
    public string? Host { get; init; }

    /// <example>1883</example>
    public int Port { get; init; }

    /// <example>false</example>
    public bool UseTls { get; init; }

    /// <example>printernizer</example>
    public string? Username { get; init; }

    /// <summary>True when a password is stored (the password itself is never returned).</summary>
    /// <example>true</example>
    public bool HasPassword { get; init; }

    /// <example>homeassistant</example>
    public string DiscoveryPrefix { get; init; } = HomeAssistantSettings.DefaultDiscoveryPrefix;

    /// <summary>Offer pause, resume and stop buttons in Home Assistant.</summary>
    /// <example>false</example>
    public bool AllowControl { get; init; }

    /// <summary>True while Printernizer is connected to the broker.</summary>
    /// <example>true</example>
    public bool Connected { get; init; }

    /// <summary>Why the last connection attempt failed, in plain words (null when fine or disabled).</summary>
    public string? LastError { get; init; }

    public static HomeAssistantSettingsDto From(HomeAssistantSettings settings, HomeAssistantBridgeStatus status) => new()
    {
        Enabled = settings.Enabled,
        Host = settings.Host,
        Port = settings.Port,
        UseTls = settings.UseTls,
        Username = settings.Username,
        HasPassword = !string.IsNullOrEmpty(settings.Password),
        DiscoveryPrefix = settings.DiscoveryPrefix,
        AllowControl = settings.AllowControl,
        Connected = status.Connected,
        LastError = status.LastError,
    };
}
