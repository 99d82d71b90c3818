namespace Printernizer.Application.Queue;

/// <summary>What a queue item shows of its order: the order number and the customer's name.</summary>
public sealed record QueueOrderLabel(Guid OrderId, string Number, string? CustomerName);
