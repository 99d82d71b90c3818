using Printernizer.Domain.Webhooks;

namespace Printernizer.Application.Webhooks;

/// <summary>Webhooks (secrets in clear text in memory; encrypted at rest) and their delivery outbox.</summary>
public interface IWebhookRepository
{
    Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken);

    Task<Webhook?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(Webhook webhook, CancellationToken cancellationToken);

    Task UpdateAsync(Webhook webhook, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    Task AddDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>Pending deliveries due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    Task SaveAttemptAsync(WebhookDelivery delivery, CancellationToken cancellationToken);

    /// <summary>The latest deliveries of a webhook, newest first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(Guid webhookId, int limit, CancellationToken cancellationToken);
}
