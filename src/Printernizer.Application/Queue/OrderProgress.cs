using System.Globalization;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Orders;
using Printernizer.Application.Orders.Commands;
using Printernizer.Domain.Orders;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>
/// Tells production orders about queued copies: a started copy links its job to the order line (so the order's
/// completed quantity counts it when it completes) and moves a released order to in production; when every copy is
/// done the order moves to completed.
/// </summary>
public sealed class OrderProgress(IOrderRepository orders, OrderStatusChanger changer, TimeProvider timeProvider) : IOrderProgress
{
    public async Task<OrderQueueRequest?> GetForQueueAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var lines = order.Lines
            .Where(l => Guid.TryParse(l.FileId, CultureInfo.InvariantCulture, out _))
            .Select(l => new OrderQueueLine(l.LineNo, Guid.Parse(l.FileId!, CultureInfo.InvariantCulture), l.FileName, l.Quantity, l.MaterialType, l.ColorHex))
            .ToList();
        return new OrderQueueRequest(order.Id, order.Number, Enum.Parse<QueuePriority>(order.Priority.ToString()), order.DueDate, lines);
    }

    public async Task JobStartedAsync(Guid orderId, int? lineNo, Guid jobId, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order is null || order.Lines.Count == 0)
        {
            return;
        }

        var line = order.Lines.FirstOrDefault(l => l.LineNo == lineNo) ?? order.Lines[0];
        await orders.LinkJobAsync(jobId, order.Id, line.LineNo, 1, order.CustomerId, timeProvider.GetUtcNow(), cancellationToken);
        if (order.Status == OrderStatus.Released)
        {
            await TryMoveAsync(order.Id, OrderStatus.InProduction, cancellationToken);
        }
    }

    public Task CopyCompletedAsync(Guid orderId, int? lineNo, Guid jobId, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task OrderCompletedAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order?.Status == OrderStatus.Released)
        {
            await TryMoveAsync(order.Id, OrderStatus.InProduction, cancellationToken);
            order = await orders.GetAsync(orderId, cancellationToken);
        }

        if (order?.Status == OrderStatus.InProduction)
        {
            await TryMoveAsync(order.Id, OrderStatus.Completed, cancellationToken);
        }
    }

    /// <summary>Copies on several printers race to move the order; whoever comes second finds it moved already.</summary>
    private async Task TryMoveAsync(Guid orderId, OrderStatus target, CancellationToken cancellationToken)
    {
        try
        {
            await changer.MoveAsync(orderId, target, cancellationToken);
        }
        catch (ConflictException)
        {
            // moved meanwhile (by another copy or by hand)
        }
    }
}
