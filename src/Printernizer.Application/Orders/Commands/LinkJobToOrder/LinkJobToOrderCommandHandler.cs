using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands.LinkJobToOrder;

public sealed class LinkJobToOrderCommandHandler(
    IOrderRepository orders,
    IJobRepository jobs,
    OrderDtoBuilder dtos,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<LinkJobToOrderCommand, OrderDto>
{
    public async Task<OrderDto> Handle(LinkJobToOrderCommand request, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(request.JobId, cancellationToken) ?? throw NotFoundException.For("Job", request.JobId);
        var order = await orders.GetAsync(request.OrderId, cancellationToken) ?? throw NotFoundException.For("Order", request.OrderId);
        if (order.Lines.All(l => l.LineNo != request.LineNo))
        {
            throw ValidationException.ForField(nameof(request.LineNo), $"Order {order.Number} has no line {request.LineNo}.");
        }

        if (order.Status is not (OrderStatus.Released or OrderStatus.InProduction))
        {
            throw new ConflictException($"Order {order.Number} is {Order.Name(order.Status)}; jobs can be linked to released or in-production orders only.");
        }

        await orders.LinkJobAsync(job.Id, order.Id, request.LineNo, request.Pieces, order.CustomerId, timeProvider.GetUtcNow(), cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(user.Actor, "job.linked_to_order", "job", job.Id.ToString("D"), new { job.OrderId }, new { OrderId = order.Id, order.Number, request.LineNo, request.Pieces }),
            cancellationToken);
        var dto = await dtos.BuildAsync(order, cancellationToken);
        realtime.Publish("order.updated", dto, dto.Id.ToString("D"));
        return dto;
    }
}
