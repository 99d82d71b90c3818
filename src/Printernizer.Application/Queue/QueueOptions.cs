namespace Printernizer.Application.Queue;

/// <summary>Queue options (configuration section <c>Printernizer:Queue</c>).</summary>
public sealed record QueueOptions
{
    /// <summary>The shortest dispatch timeout used, whatever is configured: a printer needs a moment to report a started print.</summary>
    public static readonly TimeSpan MinimumDispatchTimeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// An item still <c>dispatching</c> this long after the printer accepted the start (it never reported the print)
    /// becomes <c>failed</c>. Values below <see cref="MinimumDispatchTimeout"/> count as that minimum.
    /// </summary>
    public TimeSpan DispatchTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The timeout in force (<see cref="DispatchTimeout"/>, at least <see cref="MinimumDispatchTimeout"/>).</summary>
    public TimeSpan EffectiveDispatchTimeout => DispatchTimeout < MinimumDispatchTimeout ? MinimumDispatchTimeout : DispatchTimeout;
}
