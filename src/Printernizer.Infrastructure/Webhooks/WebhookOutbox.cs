using System.Text.Json;
using Printernizer.Application.Webhooks;
using Printernizer.Infrastructure.Serialization;

namespace Printernizer.Infrastructure.Webhooks;

/// <summary>
/// Stores one delivery per subscribed active webhook before anything is sent (the outbox survives restarts).
/// Body: <c>{ "id": deliveryId, "event", "occurredAt", "data": {...} }</c>.
/// </summary>
public sealed class WebhookOutbox(IWebhookRepository webhooks, TimeProvider timeProvider) : IWebhookOutbox
{
    public async Task EnqueueAsync(string eventName, object data, CancellationToken cancellationToken)
    {
        var targets = (await webhooks.ListAsync(cancellationToken)).Where(w => w.Wants(eventName)).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var deliveries = targets.Select(w =>
        {
            var id = Guid.NewGuid();
            var payload = JsonSerializer.Serialize(new WebhookEnvelope(id, eventName, now, data), JsonDefaults.Options);
            return new WebhookDelivery { Id = id, WebhookId = w.Id, Event = eventName, Payload = payload, NextAttemptAt = now, CreatedAt = now };
        }).ToList();
        await webhooks.AddDeliveriesAsync(deliveries, cancellationToken);
    }

    private sealed record WebhookEnvelope(Guid Id, string Event, DateTimeOffset OccurredAt, object Data);
}
