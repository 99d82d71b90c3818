using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Printernizer.Application.HomeAssistant;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Serialization;

namespace Printernizer.Infrastructure.HomeAssistant;

/// <summary>
/// The Home Assistant settings as one row of the <c>settings</c> table (key <c>homeassistant</c>); the broker password
/// is encrypted with Data Protection (key ring in the data folder) like the printer secrets.
/// </summary>
public sealed class HomeAssistantSettingsStore(SqliteConnectionFactory connections, IDataProtectionProvider protection, TimeProvider timeProvider)
    : IHomeAssistantSettingsStore
{
    public const string SettingsKey = "homeassistant";

    private readonly IDataProtector _protector = protection.CreateProtector("Printernizer.HomeAssistant.v1");

    public async Task<HomeAssistantSettings> GetAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT value_json FROM settings WHERE key = @Key";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(sql, new { Key = SettingsKey }, cancellationToken: cancellationToken));
        if (json is null)
        {
            return new HomeAssistantSettings();
        }

        var stored = JsonSerializer.Deserialize<StoredSettings>(json, JsonDefaults.Options) ?? new StoredSettings();
        return new HomeAssistantSettings
        {
            Enabled = stored.Enabled,
            Host = stored.Host,
            Port = stored.Port is > 0 and <= 65535 ? stored.Port : HomeAssistantSettings.DefaultPort,
            UseTls = stored.UseTls,
            Username = stored.Username,
            Password = Unprotect(stored.ProtectedPassword),
            DiscoveryPrefix = string.IsNullOrWhiteSpace(stored.DiscoveryPrefix) ? HomeAssistantSettings.DefaultDiscoveryPrefix : stored.DiscoveryPrefix,
            AllowControl = stored.AllowControl,
        };
    }

    public async Task SaveAsync(HomeAssistantSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        const string sql =
            """
            INSERT INTO settings (key, value_json, updated_at) VALUES (@Key, @Json, @UpdatedAt)
            ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at
            """;
        var stored = new StoredSettings
        {
            Enabled = settings.Enabled,
            Host = settings.Host,
            Port = settings.Port,
            UseTls = settings.UseTls,
            Username = settings.Username,
            ProtectedPassword = string.IsNullOrEmpty(settings.Password) ? null : _protector.Protect(settings.Password),
            DiscoveryPrefix = settings.DiscoveryPrefix,
            AllowControl = settings.AllowControl,
        };
        var json = JsonSerializer.Serialize(stored, JsonDefaults.Options);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Key = SettingsKey, Json = json, UpdatedAt = timeProvider.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    private string? Unprotect(string? cipherText)
    {
        if (string.IsNullOrEmpty(cipherText))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(cipherText);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The key ring was lost or replaced: the password must be entered again (the API shows it as not set).
            return null;
        }
    }

    private sealed record StoredSettings
    {
        public bool Enabled { get; init; }

        public string? Host { get; init; }

        public int Port { get; init; } = HomeAssistantSettings.DefaultPort;

        public bool UseTls { get; init; }

        public string? Username { get; init; }

        public string? ProtectedPassword { get; init; }

        public string? DiscoveryPrefix { get; init; }

        public bool AllowControl { get; init; }
    }
}
