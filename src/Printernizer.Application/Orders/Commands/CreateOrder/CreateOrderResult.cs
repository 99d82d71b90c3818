namespace Printernizer.Application.Orders.Commands.CreateOrder;

/// <summary>The order and whether it was created by an earlier request with the same idempotency key.</summary>
public sealed record CreateOrderResult(OrderDto Order, bool Replayed);
