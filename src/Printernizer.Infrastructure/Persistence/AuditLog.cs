using System.Text.Json;
using Dapper;
using Printernizer.Application.Common.Audit;
using Printernizer.Infrastructure.Serialization;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>Append-only audit rows in SQLite.</summary>
public sealed class AuditLog(SqliteConnectionFactory connections, TimeProvider timeProvider) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, before_json, after_json)
            VALUES (@OccurredAt, @Actor, @Action, @EntityType, @EntityId, @Before, @After)
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            OccurredAt = timeProvider.GetUtcNow(),
            entry.Actor,
            entry.Action,
            entry.EntityType,
            entry.EntityId,
            Before = entry.Before is null ? null : JsonSerializer.Serialize(entry.Before, JsonDefaults.Options),
            After = entry.After is null ? null : JsonSerializer.Serialize(entry.After, JsonDefaults.Options),
        }, cancellationToken: cancellationToken));
    }
}
