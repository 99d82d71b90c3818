namespace Printernizer.Application.Orders;

/// <summary>What happened to a create: a new order, a replay of an earlier request with the same key, or a key reused with another body.</summary>
public sealed record OrderCreateOutcome(Guid OrderId, bool Replayed, bool KeyConflict);
