using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands;

/// <summary>The editable fields of a draft order.</summary>
public abstract record OrderInput
{
    public Guid? CustomerId { get; init; }

    /// <example>2026-12-04</example>
    public DateOnly? DueDate { get; init; }

    /// <example>normal</example>
    public OrderPriority Priority { get; init; } = OrderPriority.Normal;

    public IReadOnlyList<OrderLineInput> Lines { get; init; } = [];

    /// <summary>Quoted price, net EUR.</summary>
    /// <example>240.00</example>
    public decimal? QuotedNet { get; init; }

    /// <example>19</example>
    public decimal VatRatePercent { get; init; } = 19m;

    public string? Notes { get; init; }
}
