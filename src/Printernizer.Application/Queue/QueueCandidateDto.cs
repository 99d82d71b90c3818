namespace Printernizer.Application.Queue;

/// <summary>A printer ranked for a queue item, with the reasons in plain words.</summary>
public sealed record QueueCandidateDto
{
    public Guid PrinterId { get; init; }

    /// <example>A1 Werkstatt</example>
    public required string PrinterName { get; init; }

    /// <summary>All hard rules pass: the item could be dispatched to this printer now.</summary>
    public bool Eligible { get; init; }

    /// <summary>The file suits the printer (format, model): the item may be assigned to it.</summary>
    public bool Assignable { get; init; }

    /// <summary>Higher is better (soft scores; only meaningful among eligible printers).</summary>
    /// <example>82.5</example>
    public double Score { get; init; }

    /// <summary>Open items already assigned to this printer.</summary>
    /// <example>1</example>
    public int QueueLength { get; init; }

    /// <example>6048</example>
    public int? PredictedSeconds { get; init; }

    /// <summary>When this item would be done if it went to this printer behind its current work.</summary>
    public DateTimeOffset? PredictedFinishAt { get; init; }

    /// <summary>Share of completed jobs among finished jobs on this printer (same material when known), 0–100.</summary>
    /// <example>94.1</example>
    public double? SuccessRatePercent { get; init; }

    /// <summary>Why this printer is or is not a good fit (its <see cref="Problems"/> first).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The hard rules this printer fails right now (empty when it is eligible); also listed in <see cref="Reasons"/>.</summary>
    /// <example>["The plate of A1 Werkstatt was not confirmed cleared since its last job."]</example>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The printer's plate was confirmed cleared since its last job (a dispatch needs it; no override skips it).</summary>
    public bool PlateCleared { get; init; }

    /// <summary>The <see cref="Problems"/> an explicit, audited dispatch override may go past (material, offline): all but the plate.</summary>
    /// <example>["PETG is not loaded (loaded: PLA)."]</example>
    public IReadOnlyList<string> OverridableProblems { get; init; } = [];
}
