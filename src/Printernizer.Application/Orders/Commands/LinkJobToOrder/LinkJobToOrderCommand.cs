using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Orders.Commands.LinkJobToOrder;

/// <summary>
/// <c>POST /api/v1/jobs/{id}/order</c>: the job printed <see cref="Pieces"/> parts of an order line. A completed linked job
/// counts towards the line's <c>completedQuantity</c>; its frozen cost towards the order's <c>actualCost</c>. Linking again
/// moves the job. The order must be released or in production. A job without a customer gets the order's customer.
/// </summary>
public sealed record LinkJobToOrderCommand : IRequest<OrderDto>
{
    [JsonIgnore]
    public Guid JobId { get; init; }

    public Guid OrderId { get; init; }

    /// <example>1</example>
    public int LineNo { get; init; } = 1;

    /// <summary>Parts of the line this job prints (several per plate).</summary>
    /// <example>1</example>
    public int Pieces { get; init; } = 1;
}
