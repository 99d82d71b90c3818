using Printernizer.Application.Common.Models;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders;

/// <summary>Production orders, their lines and job links.</summary>
public interface IOrderRepository
{
    Task<Order?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: honours the idempotency key (same key and hash → the earlier order; other hash → conflict),
    /// takes the next number of <paramref name="year"/> from the counter and inserts the order with its lines.
    /// </summary>
    Task<OrderCreateOutcome> CreateAsync(Order order, int year, string? idempotencyKey, string requestHash, CancellationToken cancellationToken);

    /// <summary>Saves the editable fields and replaces the lines.</summary>
    Task UpdateAsync(Order order, CancellationToken cancellationToken);

    Task SaveStatusAsync(Order order, CancellationToken cancellationToken);

    Task<PagedList<Order>> ListAsync(OrderFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<Order>> ListForCustomerAsync(Guid customerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrderJobLink>> ListJobLinksAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken cancellationToken);

    /// <summary>Links the job to an order line (replacing an earlier link), sets jobs.order_id and, when empty, the job's customer.</summary>
    Task LinkJobAsync(Guid jobId, Guid orderId, int lineNo, int pieces, Guid? customerId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>False when the job was not linked.</summary>
    Task<bool> UnlinkJobAsync(Guid jobId, CancellationToken cancellationToken);
}
