namespace Printernizer.Domain.Jobs;

/// <summary>A print job's lifecycle (shared/api.md).</summary>
public enum JobStatus
{
    Printing,
    Paused,
    Completed,
    Failed,
    Cancelled,
    Interrupted,
}
