using Dapper;
using Printernizer.Application.Webhooks;
using Printernizer.Domain.Webhooks;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Security;

namespace Printernizer.Infrastructure.Webhooks;

/// <summary>Webhooks (secrets encrypted with Data Protection) and deliveries in SQLite.</summary>
public sealed class WebhookRepository(SqliteConnectionFactory connections, PrinterSecretProtector secrets) : IWebhookRepository
{
    private const string WebhookColumns =
        "SELECT id AS Id, url AS Url, events AS Events, secret AS Secret, is_active AS IsActive, created_at AS CreatedAt, updated_at AS UpdatedAt FROM webhooks";

    private const string DeliveryColumns =
        """
        SELECT id AS Id, webhook_id AS WebhookId, event AS Event, payload AS Payload, status AS Status, attempts AS Attempts,
               next_attempt_at AS NextAttemptAt, last_attempt_at AS LastAttemptAt, last_status_code AS LastStatusCode,
               last_error AS LastError, created_at AS CreatedAt, delivered_at AS DeliveredAt
        FROM webhook_deliveries
        """;

    public async Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<WebhookRow>(new CommandDefinition(WebhookColumns + " ORDER BY created_at", cancellationToken: cancellationToken));
        return rows.Select(ToWebhook).ToList();
    }

    public async Task<Webhook?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<WebhookRow>(new CommandDefinition(WebhookColumns + " WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : ToWebhook(row);
    }

    public async Task AddAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        const string sql =
            "INSERT INTO webhooks (id, url, events, secret, is_active, created_at, updated_at) VALUES (@Id, @Url, @Events, @Secret, @IsActive, @CreatedAt, @UpdatedAt)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, Parameters(webhook), cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE webhooks SET url = @Url, events = @Events, secret = @Secret, is_active = @IsActive, updated_at = @UpdatedAt WHERE id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, Parameters(webhook), cancellationToken: cancellationToken));
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM webhooks WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task AddDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO webhook_deliveries (id, webhook_id, event, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@Id, @WebhookId, @Event, @Payload, 'pending', 0, @NextAttemptAt, @CreatedAt)
            """;
        if (deliveries.Count == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var d in deliveries)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new { d.Id, d.WebhookId, d.Event, d.Payload, d.NextAttemptAt, d.CreatedAt }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        const string sql = DeliveryColumns + " WHERE status = 'pending' AND next_attempt_at <= @Now ORDER BY next_attempt_at, created_at LIMIT @Limit";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(sql, new { Now = now, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    public async Task SaveAttemptAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE webhook_deliveries SET status = @Status, attempts = @Attempts, next_attempt_at = @NextAttemptAt, last_attempt_at = @LastAttemptAt,
                   last_status_code = @LastStatusCode, last_error = @LastError, delivered_at = @DeliveredAt
            WHERE id = @Id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new
            {
                delivery.Id,
                Status = EnumText.ToText(delivery.Status),
                delivery.Attempts,
                delivery.NextAttemptAt,
                delivery.LastAttemptAt,
                delivery.LastStatusCode,
                delivery.LastError,
                delivery.DeliveredAt,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(Guid webhookId, int limit, CancellationToken cancellationToken)
    {
        const string sql = DeliveryColumns + " WHERE webhook_id = @WebhookId ORDER BY created_at DESC LIMIT @Limit";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(sql, new { WebhookId = webhookId, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    private object Parameters(Webhook webhook) => new
    {
        webhook.Id,
        webhook.Url,
        Events = string.Join(',', webhook.Events),
        Secret = secrets.Protect(webhook.Secret),
        IsActive = webhook.IsActive ? 1 : 0,
        webhook.CreatedAt,
        webhook.UpdatedAt,
    };

    private Webhook ToWebhook(WebhookRow row) => new()
    {
        Id = row.Id,
        Url = row.Url,
        Events = row.Events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Secret = secrets.Unprotect(row.Secret) ?? string.Empty,
        IsActive = row.IsActive != 0,
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
    };

    private sealed class WebhookRow
    {
        public Guid Id { get; init; }
        public string Url { get; init; } = "";
        public string Events { get; init; } = "";
        public string Secret { get; init; } = "";
        public long IsActive { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
    }

    private sealed class DeliveryRow
    {
        public Guid Id { get; init; }
        public Guid WebhookId { get; init; }
        public string Event { get; init; } = "";
        public string Payload { get; init; } = "";
        public string Status { get; init; } = "pending";
        public long Attempts { get; init; }
        public DateTimeOffset NextAttemptAt { get; init; }
        public DateTimeOffset? LastAttemptAt { get; init; }
        public long? LastStatusCode { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? DeliveredAt { get; init; }

        public WebhookDelivery ToDelivery() => new()
        {
            Id = Id,
            WebhookId = WebhookId,
            Event = Event,
            Payload = Payload,
            Status = EnumText.Parse<WebhookDeliveryStatus>(Status),
            Attempts = (int)Attempts,
            NextAttemptAt = NextAttemptAt,
            LastAttemptAt = LastAttemptAt,
            LastStatusCode = (int?)LastStatusCode,
            LastError = LastError,
            CreatedAt = CreatedAt,
            DeliveredAt = DeliveredAt,
        };
    }
}
