namespace Printernizer.Domain.Orders;

/// <summary>The allowed status steps of a production order.</summary>
public static class OrderWorkflow
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.Draft] = [OrderStatus.Released, OrderStatus.Cancelled],
        [OrderStatus.Released] = [OrderStatus.InProduction, OrderStatus.Cancelled],
        [OrderStatus.InProduction] = [OrderStatus.Completed, OrderStatus.Cancelled],
        [OrderStatus.Completed] = [OrderStatus.Delivered],
        [OrderStatus.Delivered] = [],
        [OrderStatus.Cancelled] = [],
    };

    public static IReadOnlyList<OrderStatus> AllowedFrom(OrderStatus status) => Next[status];

    public static bool CanMove(OrderStatus from, OrderStatus to) => Next[from].Contains(to);
}
