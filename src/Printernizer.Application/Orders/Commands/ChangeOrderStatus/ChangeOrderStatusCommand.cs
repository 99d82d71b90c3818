using System.Text.Json.Serialization;
using MediatR;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands.ChangeOrderStatus;

/// <summary>
/// <c>POST /api/v1/orders/{id}/status</c>: the next step of the flow draft → released → in_production → completed → delivered,
/// or <c>cancelled</c> from draft, released or in_production. Any other step is a 409 naming the allowed ones.
/// </summary>
public sealed record ChangeOrderStatusCommand : IRequest<OrderDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <example>in_production</example>
    public OrderStatus? Status { get; init; }
}
