namespace Printernizer.Domain.Queue;

/// <summary>Queue priority (same values as an order's priority); higher prints first.</summary>
public enum QueuePriority
{
    Low,
    Normal,
    High,
    Urgent,
}
