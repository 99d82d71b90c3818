using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders;

/// <summary>A production order with its progress, quoted price and actual cost.</summary>
public sealed record OrderDto
{
    public Guid Id { get; init; }

    /// <summary>Gapless per Berlin calendar year.</summary>
    /// <example>2026-0042</example>
    public required string Number { get; init; }

    public Guid? CustomerId { get; init; }

    /// <example>Mustermann Modellbau GmbH</example>
    public string? CustomerName { get; init; }

    /// <example>in_production</example>
    public OrderStatus Status { get; init; }

    /// <example>2026-12-04</example>
    public DateOnly? DueDate { get; init; }

    /// <example>normal</example>
    public OrderPriority Priority { get; init; }

    public IReadOnlyList<OrderLineDto> Lines { get; init; } = [];

    /// <summary>Quoted price, net.</summary>
    /// <example>240.00</example>
    public decimal? QuotedNet { get; init; }

    /// <example>19</example>
    public decimal VatRatePercent { get; init; }

    /// <example>45.60</example>
    public decimal? QuotedVat { get; init; }

    /// <example>285.60</example>
    public decimal? QuotedGross { get; init; }

    /// <summary>Sum of the frozen costs of the linked jobs; null while no linked job has a frozen cost (or costs are not configured).</summary>
    /// <example>131.20</example>
    public decimal? ActualCost { get; init; }

    /// <summary>quotedNet − actualCost (null when either is unknown).</summary>
    /// <example>108.80</example>
    public decimal? Margin { get; init; }

    /// <example>EUR</example>
    public string Currency { get; init; } = "EUR";

    public OrderProgressDto Progress { get; init; } = new();

    public string? Notes { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
}
