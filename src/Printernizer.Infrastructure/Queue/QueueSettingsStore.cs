using System.Text.Json;
using Dapper;
using Printernizer.Application.Queue;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Serialization;

namespace Printernizer.Infrastructure.Queue;

/// <summary>Queue settings as JSON in the settings table (key <c>queue</c>).</summary>
public sealed class QueueSettingsStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : IQueueSettingsStore
{
    private const string Key = "queue";

    public async Task<QueueSettingsDto> GetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT value_json FROM settings WHERE key = @Key", new { Key }, cancellationToken: cancellationToken));
        return json is null ? new QueueSettingsDto() : JsonSerializer.Deserialize<QueueSettingsDto>(json, JsonDefaults.Options) ?? new QueueSettingsDto();
    }

    public async Task SaveAsync(QueueSettingsDto settings, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO settings (key, value_json, updated_at) VALUES (@Key, @Json, @At)
            ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { Key, Json = JsonSerializer.Serialize(settings, JsonDefaults.Options), At = timeProvider.GetUtcNow() }, cancellationToken: cancellationToken));
    }
}
