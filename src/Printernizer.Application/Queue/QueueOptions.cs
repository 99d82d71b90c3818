namespace Printernizer.Application.Queue;

/// <summary>Queue options (configuration section <c>Printernizer:Queue</c>).</summary>
public sealed record QueueOptions
{
    /// <summary>An item still <c>dispatching</c> this long after its dispatch began (the printer never reported the print) becomes <c>failed</c>.</summary>
    public TimeSpan DispatchTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
