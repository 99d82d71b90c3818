using System.Globalization;
using Printernizer.Domain.Orders;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Orders;

internal sealed class OrderRow
{
    public const string Columns =
        """
        SELECT o.id AS Id, o.number AS Number, o.customer_id AS CustomerId, o.status AS Status, o.due_date AS DueDate, o.priority AS Priority,
               o.quoted_net AS QuotedNet, o.vat_rate_percent AS VatRatePercent, o.notes AS Notes, o.created_at AS CreatedAt,
               o.updated_at AS UpdatedAt, o.released_at AS ReleasedAt, o.completed_at AS CompletedAt, o.delivered_at AS DeliveredAt,
               o.cancelled_at AS CancelledAt
        FROM orders o
        """;

    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public string? CustomerId { get; init; }
    public string Status { get; init; } = "draft";
    public string? DueDate { get; init; }
    public string Priority { get; init; } = "normal";
    public string? QuotedNet { get; init; }
    public string VatRatePercent { get; init; } = "19";
    public string? Notes { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }

    public Order ToOrder(IEnumerable<OrderLine> lines)
    {
        var order = new Order
        {
            Id = Id,
            Number = Number,
            CustomerId = CustomerId is null ? null : Guid.Parse(CustomerId),
            DueDate = DueDate is null ? null : DateOnly.ParseExact(DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Priority = EnumText.Parse<OrderPriority>(Priority),
            QuotedNet = QuotedNet is null ? null : decimal.Parse(QuotedNet, CultureInfo.InvariantCulture),
            VatRatePercent = decimal.Parse(VatRatePercent, CultureInfo.InvariantCulture),
            Notes = Notes,
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
        };
        order.Lines.AddRange(lines.OrderBy(l => l.LineNo));
        return Order.Restore(order, EnumText.Parse<OrderStatus>(Status), ReleasedAt, CompletedAt, DeliveredAt, CancelledAt);
    }
}
