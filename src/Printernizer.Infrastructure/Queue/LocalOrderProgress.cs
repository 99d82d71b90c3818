using Printernizer.Application.Queue;

namespace Printernizer.Infrastructure.Queue;

/// <summary>
/// Order progress without the orders feature: the queue already sets <c>jobs.order_id</c> itself; nothing else to tell.
/// Replaced by the orders-backed implementation once production orders are available.
/// </summary>
public sealed class LocalOrderProgress : IOrderProgress
{
    public Task<OrderQueueRequest?> GetForQueueAsync(Guid orderId, CancellationToken cancellationToken) => Task.FromResult<OrderQueueRequest?>(null);

    public Task JobStartedAsync(Guid orderId, int? lineNo, Guid jobId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CopyCompletedAsync(Guid orderId, int? lineNo, Guid jobId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OrderCompletedAsync(Guid orderId, CancellationToken cancellationToken) => Task.CompletedTask;
}
