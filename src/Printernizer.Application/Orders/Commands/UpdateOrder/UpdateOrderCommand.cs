using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Orders.Commands.UpdateOrder;

/// <summary><c>PUT /api/v1/orders/{id}</c>: replaces a draft's fields and lines (409 once released). Audit-logged.</summary>
public sealed record UpdateOrderCommand : OrderInput, IRequest<OrderDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}
