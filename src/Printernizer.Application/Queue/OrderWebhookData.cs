namespace Printernizer.Application.Queue;

/// <summary>The <c>data</c> of <c>order.completed</c>.</summary>
public sealed record OrderWebhookData(Guid OrderId, string? Number, int CopiesPrinted, IReadOnlyList<Guid> JobIds, DateTimeOffset CompletedAt);
