namespace Printernizer.Domain.Queue;

/// <summary>Where a queued copy stands: queued → assigned → dispatching → printing → done (or failed/cancelled).</summary>
public enum QueueItemStatus
{
    Queued,
    Assigned,
    Dispatching,
    Printing,
    Done,
    Failed,
    Cancelled,
}
