namespace Printernizer.Application.Webhooks;

/// <summary>One delivery in a webhook's log.</summary>
public sealed record WebhookDeliveryDto
{
    /// <summary>Also sent as <c>X-Printernizer-Delivery</c>.</summary>
    public Guid Id { get; init; }

    /// <example>job.completed</example>
    public required string Event { get; init; }

    /// <example>delivered</example>
    public WebhookDeliveryStatus Status { get; init; }

    /// <example>2</example>
    public int Attempts { get; init; }

    /// <example>200</example>
    public int? LastStatusCode { get; init; }

    /// <example>HTTP 500 Internal Server Error</example>
    public string? LastError { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>The JSON body sent.</summary>
    public required string Payload { get; init; }

    public static WebhookDeliveryDto From(WebhookDelivery d) => new()
    {
        Id = d.Id,
        Event = d.Event,
        Status = d.Status,
        Attempts = d.Attempts,
        LastStatusCode = d.LastStatusCode,
        LastError = d.LastError,
        CreatedAt = d.CreatedAt,
        LastAttemptAt = d.LastAttemptAt,
        NextAttemptAt = d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null,
        DeliveredAt = d.DeliveredAt,
        Payload = d.Payload,
    };
}
