namespace Printernizer.Domain.Jobs;

/// <summary>
/// What the tracker decided for one status: jobs to store (new or changed; a closed predecessor first) and
/// timeline events. <see cref="Current"/> is the printer's open job afterwards, if any.
/// </summary>
public sealed record JobDecision(IReadOnlyList<PrintJob> Changed, IReadOnlyList<JobEventRecord> Events, PrintJob? Current, bool Started)
{
    public static JobDecision Nothing(PrintJob? current) => new([], [], current, false);

    /// <summary>True when a status change of a job happened (not just progress).</summary>
    public bool HasTransition => Events.Count > 0;
}
