using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Orders.Commands.CreateOrder;

/// <summary>
/// <c>POST /api/v1/orders</c>: a draft order with the next number of the current Berlin year. With an <c>Idempotency-Key</c>
/// header a retried request returns the same order; the same key with a different body is a 409.
/// </summary>
public sealed record CreateOrderCommand : OrderInput, IRequest<CreateOrderResult>
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
