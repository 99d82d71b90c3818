using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>Queue items in storage.</summary>
public interface IQueueRepository
{
    Task<QueueItem?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Open items plus items closed within <paramref name="closedSince"/>.</summary>
    Task<IReadOnlyList<QueueItem>> ListAsync(DateTimeOffset closedSince, CancellationToken cancellationToken);

    Task<IReadOnlyList<QueueItem>> ListOpenAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<QueueItem>> ListForOrderAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>Items on a printer in <c>dispatching</c> without a job yet, most recently dispatched first.</summary>
    Task<IReadOnlyList<QueueItem>> ListAwaitingJobAsync(Guid printerId, CancellationToken cancellationToken);

    /// <summary>Order number and customer name of the given orders (missing orders are left out).</summary>
    Task<IReadOnlyList<QueueOrderLabel>> ListOrderLabelsAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken cancellationToken);

    Task<QueueItem?> FindByJobAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Inserts items in one transaction.</summary>
    Task AddManyAsync(IReadOnlyList<QueueItem> items, CancellationToken cancellationToken);

    Task UpdateAsync(QueueItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Restarts the dispatch clock of an item that is still <c>dispatching</c> without a job (a targeted write: the job
    /// observer may have linked the job in the meantime, which this must not undo).
    /// </summary>
    Task MarkStartAcceptedAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Writes the positions of many items in one transaction.</summary>
    Task SavePositionsAsync(IReadOnlyList<QueueItem> items, CancellationToken cancellationToken);

    /// <summary>One past the highest position in use.</summary>
    Task<int> NextPositionAsync(CancellationToken cancellationToken);

    /// <summary>Attaches an ad-hoc item (no order yet) to an order line; false when it belongs to an order already.</summary>
    Task<bool> AttachToOrderAsync(Guid id, Guid orderId, int lineNo, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Sets <c>jobs.order_id</c> of a job printed for an order.</summary>
    Task SetJobOrderAsync(Guid jobId, Guid orderId, CancellationToken cancellationToken);
}
