namespace Printernizer.Application.Queue;

/// <summary>What the queue tells production orders (implemented against the orders feature).</summary>
public interface IOrderProgress
{
    /// <summary>The order's copies to queue when it is released (one entry per order line); null when unknown.</summary>
    Task<OrderQueueRequest?> GetForQueueAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>A job printed for an order started: link it to the order (line).</summary>
    Task JobStartedAsync(Guid orderId, int? lineNo, Guid jobId, CancellationToken cancellationToken);

    /// <summary>A copy of an order completed.</summary>
    Task CopyCompletedAsync(Guid orderId, int? lineNo, Guid jobId, CancellationToken cancellationToken);

    /// <summary>Every queued copy of the order is done: move the order to completed.</summary>
    Task OrderCompletedAsync(Guid orderId, CancellationToken cancellationToken);
}
