using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Orders;
using Printernizer.Domain.Orders;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.AttachQueueItemToOrder;

public sealed class AttachQueueItemToOrderCommandHandler(
    PrintQueueService service,
    IQueueRepository queue,
    IOrderRepository orders,
    IOrderProgress progress,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<AttachQueueItemToOrderCommand, QueueItemDto>
{
    public async Task<QueueItemDto> Handle(AttachQueueItemToOrderCommand request, CancellationToken cancellationToken)
    {
        var item = await service.GetAsync(request.Id, cancellationToken);
        var order = await orders.GetAsync(request.OrderId, cancellationToken)
            ?? throw ValidationException.ForField("orderId", "This order does not exist (any more).");
        if (item.OrderId is not null)
        {
            throw new ConflictException(item.OrderId == order.Id
                ? $"{item.FileName} already belongs to order {order.Number}."
                : $"{item.FileName} belongs to another order already; only ad-hoc items can be attached.");
        }

        if (item.Status == QueueItemStatus.Cancelled)
        {
            throw new ConflictException($"{item.FileName} was cancelled; requeue it first.");
        }

        if (order.Status is not (OrderStatus.Released or OrderStatus.InProduction))
        {
            throw new ConflictException($"Order {order.Number} is {Order.Name(order.Status)}; queue items can be attached to released or in-production orders only.");
        }

        var fileId = item.FileId.ToString("D");
        var line = request.LineNo is { } lineNo
            ? order.Lines.FirstOrDefault(l => l.LineNo == lineNo) ?? throw ValidationException.ForField("lineNo", $"Order {order.Number} has no line {lineNo}.")
            : order.Lines.FirstOrDefault(l => string.Equals(l.FileId, fileId, StringComparison.OrdinalIgnoreCase)) ?? order.Lines.FirstOrDefault()
                ?? throw new ConflictException($"Order {order.Number} has no lines.");

        if (!await queue.AttachToOrderAsync(item.Id, order.Id, line.LineNo, timeProvider.GetUtcNow(), cancellationToken))
        {
            throw new ConflictException($"{item.FileName} was attached to an order meanwhile.");
        }

        if (item.JobId is { } jobId)
        {
            await progress.JobStartedAsync(order.Id, line.LineNo, jobId, cancellationToken);
        }

        await audit.WriteAsync(
            new AuditEntry(user.Actor, "queue.attached_to_order", "queue_item", item.Id.ToString("D"), null, new { OrderId = order.Id, order.Number, line.LineNo }),
            cancellationToken);
        return await service.PublishAsync(await service.GetAsync(item.Id, cancellationToken), cancellationToken);
    }
}
