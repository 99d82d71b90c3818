namespace Printernizer.Domain.Jobs;

/// <summary>What happened to a job at one instant (its timeline).</summary>
public enum JobEventKind
{
    Started,
    Paused,
    Resumed,
    Completed,
    Failed,
    Cancelled,
    Interrupted,
    Reconnected,
    Edited,
}
