using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands;

/// <summary>Moves an order one step of its flow (409 for a step the flow does not allow, or a release with unprintable lines), audits it, tells others.</summary>
public sealed class OrderStatusChanger(
    IOrderRepository orders,
    OrderReleaseCheck releaseCheck,
    OrderDtoBuilder dtos,
    IMediator mediator,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider)
{
    public async Task<OrderDto> MoveAsync(Guid orderId, OrderStatus target, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken) ?? throw NotFoundException.For("Order", orderId);
        var from = order.Status;
        if (target == OrderStatus.Released && from == OrderStatus.Draft)
        {
            await releaseCheck.EnsurePrintableAsync(order, cancellationToken);
        }

        try
        {
            order.MoveTo(target, timeProvider.GetUtcNow());
        }
        catch (InvalidOperationException ex)
        {
            throw new ConflictException(ex.Message, ex);
        }

        await orders.SaveStatusAsync(order, cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(user.Actor, "order.status_changed", "order", order.Id.ToString("D"), new { Status = Order.Name(from) }, new { Status = Order.Name(target) }),
            cancellationToken);
        if (target == OrderStatus.Released)
        {
            await mediator.Publish(new OrderReleased(order.Id), cancellationToken);
        }

        var dto = await dtos.BuildAsync(order, cancellationToken);
        realtime.Publish("order.updated", dto, dto.Id.ToString("D"));
        return dto;
    }
}
