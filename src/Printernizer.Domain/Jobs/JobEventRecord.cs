namespace Printernizer.Domain.Jobs;

/// <summary>One entry of a job's timeline.</summary>
public sealed record JobEventRecord(Guid JobId, JobEventKind Kind, DateTimeOffset At, string? Detail = null);
