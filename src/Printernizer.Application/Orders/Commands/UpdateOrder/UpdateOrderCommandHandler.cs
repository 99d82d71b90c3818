using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Customers;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands.UpdateOrder;

public sealed class UpdateOrderCommandHandler(
    IOrderRepository orders,
    ICustomerRepository customers,
    OrderDtoBuilder dtos,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<UpdateOrderCommand, OrderDto>
{
    public async Task<OrderDto> Handle(UpdateOrderCommand request, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Order", request.Id);
        if (order.Status != OrderStatus.Draft)
        {
            throw new ConflictException($"Order {order.Number} is {Order.Name(order.Status)}; only draft orders can be edited.");
        }

        if (request.CustomerId != order.CustomerId)
        {
            await OrderMapping.CheckCustomerAsync(customers, request.CustomerId, cancellationToken);
        }

        var before = OrderMapping.AuditView(order);
        OrderMapping.Apply(request, order);
        order.UpdatedAt = timeProvider.GetUtcNow();
        await orders.UpdateAsync(order, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "order.updated", "order", order.Id.ToString("D"), before, OrderMapping.AuditView(order)), cancellationToken);
        var dto = await dtos.BuildAsync(order, cancellationToken);
        realtime.Publish("order.updated", dto, dto.Id.ToString("D"));
        return dto;
    }
}
