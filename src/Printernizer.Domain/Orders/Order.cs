namespace Printernizer.Domain.Orders;

/// <summary>A production order. Its number is gapless per Berlin calendar year (<c>2026-0042</c>).</summary>
public sealed class Order
{
    public Guid Id { get; init; }
    public string Number { get; set; } = "";
    public Guid? CustomerId { get; set; }
    public OrderStatus Status { get; private set; }
    public DateOnly? DueDate { get; set; }
    public OrderPriority Priority { get; set; }
    public decimal? QuotedNet { get; set; }
    public decimal VatRatePercent { get; set; }
    public string? Notes { get; set; }
    public List<OrderLine> Lines { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Recreates a stored order as it was.</summary>
    public static Order Restore(Order order, OrderStatus status, DateTimeOffset? releasedAt, DateTimeOffset? completedAt, DateTimeOffset? deliveredAt, DateTimeOffset? cancelledAt)
    {
        order.Status = status;
        order.ReleasedAt = releasedAt;
        order.CompletedAt = completedAt;
        order.DeliveredAt = deliveredAt;
        order.CancelledAt = cancelledAt;
        return order;
    }

    /// <summary>Moves the order one step; throws <see cref="InvalidOperationException"/> for a step the flow does not allow.</summary>
    public void MoveTo(OrderStatus target, DateTimeOffset now)
    {
        if (!OrderWorkflow.CanMove(Status, target))
        {
            var allowed = OrderWorkflow.AllowedFrom(Status);
            throw new InvalidOperationException(
                $"Order {Number} is {Name(Status)} and cannot become {Name(target)}. " +
                (allowed.Count == 0 ? "It is final." : "Allowed next: " + string.Join(", ", allowed.Select(Name)) + "."));
        }

        Status = target;
        UpdatedAt = now;
        switch (target)
        {
            case OrderStatus.Released:
                ReleasedAt = now;
                break;
            case OrderStatus.Completed:
                CompletedAt = now;
                break;
            case OrderStatus.Delivered:
                DeliveredAt = now;
                break;
            case OrderStatus.Cancelled:
                CancelledAt = now;
                break;
        }
    }

    /// <summary>The API/storage spelling of a status (<c>in_production</c>).</summary>
    public static string Name(OrderStatus status) => status switch
    {
        OrderStatus.InProduction => "in_production",
        _ => status.ToString().ToLowerInvariant(),
    };
}
