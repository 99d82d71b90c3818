namespace Printernizer.Application.HomeAssistant;

/// <summary>The writable Home Assistant settings (the JSON body of PUT and of the connection test).</summary>
public abstract record HomeAssistantSettingsInput
{
    /// <example>true</example>
    public bool Enabled { get; init; }

    /// <summary>MQTT broker host name or IP address; required when enabled.</summary>
    /// <example>core-mosquitto</example>
    public string? Host { get; init; }

    /// <summary>Broker port; default 1883 (8883 is usual with TLS).</summary>
    /// <example>1883</example>
    public int? Port { get; init; }

    /// <example>false</example>
    public bool UseTls { get; init; }

    /// <example>printernizer</example>
    public string? Username { get; init; }

    /// <summary>Broker password (write-only). Leave out (null) to keep the stored one; an empty string removes it.</summary>
    /// <example>s3cret</example>
    public string? Password { get; init; }

    /// <summary>Home Assistant's discovery prefix; default <c>homeassistant</c>.</summary>
    /// <example>homeassistant</example>
    public string? DiscoveryPrefix { get; init; }

    /// <summary>Offer pause, resume and stop buttons in Home Assistant (they control the printers).</summary>
    /// <example>false</example>
    public bool AllowControl { get; init; }

    /// <summary>These values applied over <paramref name="stored"/> (whose password is kept when none is given).</summary>
    public HomeAssistantSettings ToSettings(HomeAssistantSettings stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new HomeAssistantSettings
        {
            Enabled = Enabled,
            Host = string.IsNullOrWhiteSpace(Host) ? null : Host.Trim(),
            Port = Port ?? HomeAssistantSettings.DefaultPort,
            UseTls = UseTls,
            Username = string.IsNullOrWhiteSpace(Username) ? null : Username.Trim(),
            Password = Password is null ? stored.Password : (Password.Length == 0 ? null : Password),
            DiscoveryPrefix = string.IsNullOrWhiteSpace(DiscoveryPrefix) ? HomeAssistantSettings.DefaultDiscoveryPrefix : DiscoveryPrefix.Trim(),
            AllowControl = AllowControl,
        };
    }
}
