using Printernizer.Domain.Webhooks;

namespace Printernizer.Application.Webhooks;

/// <summary>A webhook (the secret is never returned).</summary>
public sealed record WebhookDto
{
    public Guid Id { get; init; }

    /// <example>https://erp.example.com/hooks/printernizer</example>
    public required string Url { get; init; }

    /// <example>["job.completed", "order.completed"]</example>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <example>true</example>
    public bool Active { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public static WebhookDto From(Webhook webhook) => new()
    {
        Id = webhook.Id,
        Url = webhook.Url,
        Events = webhook.Events,
        Active = webhook.IsActive,
        CreatedAt = webhook.CreatedAt,
        UpdatedAt = webhook.UpdatedAt,
    };
}
