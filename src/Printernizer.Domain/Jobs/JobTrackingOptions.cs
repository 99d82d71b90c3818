namespace Printernizer.Domain.Jobs;

/// <summary>Tuning of the job tracker.</summary>
public sealed record JobTrackingOptions
{
    /// <summary>A gap between two statuses longer than this means Printernizer (or the printer) was away.</summary>
    public TimeSpan OutageThreshold { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A printer offline longer than this mid-job makes the job <see cref="JobStatus.Interrupted"/>.</summary>
    public TimeSpan InterruptAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>An interrupted job whose printer comes back printing the same job within this time is continued.</summary>
    public TimeSpan ReopenWithin { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Jobs that vanish (printer idle) at or above this progress count as completed.</summary>
    public decimal CompletedProgressThreshold { get; init; } = 99m;
}
