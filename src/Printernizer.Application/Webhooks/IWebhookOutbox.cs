namespace Printernizer.Application.Webhooks;

/// <summary>
/// Writes one delivery row per active webhook subscribed to an event (durably, before any attempt);
/// a scheduled job sends them with retries.
/// </summary>
public interface IWebhookOutbox
{
    Task EnqueueAsync(string eventName, object data, CancellationToken cancellationToken);
}
