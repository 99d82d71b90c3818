using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Webhooks;

namespace Printernizer.Infrastructure.Webhooks;

/// <summary>Sends due deliveries: signed POSTs, exponential backoff on failure, given up after the last attempt.</summary>
public sealed class WebhookSender(IWebhookRepository webhooks, WebhookHttp http, WebhookOptions options, TimeProvider timeProvider, ILogger<WebhookSender> logger)
{
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = await webhooks.ListDueAsync(timeProvider.GetUtcNow(), options.BatchSize, cancellationToken);
        var cache = new Dictionary<Guid, Domain.Webhooks.Webhook?>();
        var sent = 0;
        foreach (var delivery in due)
        {
            if (!cache.TryGetValue(delivery.WebhookId, out var webhook))
            {
                webhook = await webhooks.GetAsync(delivery.WebhookId, cancellationToken);
                cache[delivery.WebhookId] = webhook;
            }

            if (webhook is null)
            {
                continue;
            }

            await AttemptAsync(webhook, delivery, cancellationToken);
            sent++;
        }

        return sent;
    }

    private async Task AttemptAsync(Domain.Webhooks.Webhook webhook, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var now = timeProvider.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Compute(webhook.Secret, body));
            request.Headers.TryAddWithoutValidation(WebhookSignature.EventHeader, delivery.Event);
            request.Headers.TryAddWithoutValidation(WebhookSignature.DeliveryHeader, delivery.Id.ToString("D"));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            using var response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Status = WebhookDeliveryStatus.Delivered;
                delivery.DeliveredAt = timeProvider.GetUtcNow();
                delivery.LastError = null;
            }
            else
            {
                Fail(delivery, string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"), now);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException && !cancellationToken.IsCancellationRequested)
        {
            delivery.LastStatusCode = null;
            Fail(delivery, ex is OperationCanceledException ? "No answer within " + options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s." : ex.Message, now);
        }

        await webhooks.SaveAttemptAsync(delivery, CancellationToken.None);
    }

    private void Fail(WebhookDelivery delivery, string error, DateTimeOffset now)
    {
        delivery.LastError = error;
        if (delivery.Attempts >= options.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            logger.LogWarning("Webhook delivery {DeliveryId} ({Event}) given up after {Attempts} attempts: {Error}", delivery.Id, delivery.Event, delivery.Attempts, error);
        }
        else
        {
            delivery.NextAttemptAt = now + options.RetryDelay(delivery.Attempts);
            logger.LogInformation("Webhook delivery {DeliveryId} ({Event}) failed ({Error}); retrying at {Next:o}", delivery.Id, delivery.Event, error, delivery.NextAttemptAt);
        }
    }
}
