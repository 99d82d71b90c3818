using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Orders;

namespace Printernizer.Application.Queue;

/// <summary>Releasing an order queues one item per copy of each line with a file (once per order).</summary>
public sealed class OrderReleasedQueueHandler(
    IOrderProgress orders,
    IQueueRepository queue,
    PrintQueueService service,
    ILogger<OrderReleasedQueueHandler> logger) : INotificationHandler<OrderReleased>
{
    public async Task Handle(OrderReleased notification, CancellationToken cancellationToken)
    {
        if ((await queue.ListForOrderAsync(notification.OrderId, cancellationToken)).Count > 0)
        {
            return; // already queued
        }

        var order = await orders.GetForQueueAsync(notification.OrderId, cancellationToken);
        if (order is null)
        {
            return;
        }

        var requested = order.Lines
            .Select(l => new NewQueueItem(l.FileId, l.Quantity, order.Priority, order.DueDate, order.OrderId, l.LineNo, l.FileName, l.MaterialType, l.ColorHex))
            .ToList();
        var items = await service.EnqueueAsync(requested, cancellationToken, skipMissingFiles: true);
        logger.LogInformation("Order {Number} released: {Count} copies queued", order.Number, items.Count);
        if (items.Count < requested.Sum(r => r.Copies))
        {
            logger.LogWarning("Order {Number}: some lines have no file with a local copy; their copies were not queued", order.Number);
        }
    }
}
