namespace Printernizer.Domain.Webhooks;

/// <summary>An ERP endpoint that receives signed event notifications.</summary>
public sealed class Webhook
{
    public Guid Id { get; init; }
    public required string Url { get; set; }
    public IReadOnlyList<string> Events { get; set; } = [];
    /// <summary>HMAC-SHA256 key (clear text in memory only).</summary>
    public required string Secret { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool Wants(string eventName) => IsActive && Events.Contains(eventName, StringComparer.Ordinal);
}
