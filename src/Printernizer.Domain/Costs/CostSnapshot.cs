namespace Printernizer.Domain.Costs;

/// <summary>
/// A frozen cost of one job (business.md §5.2): the inputs, a copy of the rates used, the computed breakdown (full
/// precision), when it was frozen and its revision number. Immutable; a correction is a new snapshot with
/// <see cref="Version"/> + 1 (<see cref="CostCorrection"/>), the older one stays as it was and is superseded.
/// Version 1 is written when the job completes (<see cref="Freeze"/>).
/// </summary>
public sealed record CostSnapshot
{
    /// <summary>
    /// Version of the calculation rules (CostCalculator), stored so old snapshots can be explained later. 1: components at
    /// full precision, labour also on private prints. 2: components rounded to cents, total = their sum, no labour on
    /// private prints (readers normalise version-1 rows the same way, <see cref="CostBreakdown.ValueFor"/>).
    /// </summary>
    public const int CurrentCalculationVersion = 2;

    public required Guid JobId { get; init; }

    /// <summary>Revision number: 1 at completion, n + 1 per correction (the API's <c>cost.version</c>).</summary>
    public required int Version { get; init; }

    public required CostInputs Inputs { get; init; }

    /// <summary>The rates copied in at freezing time; later changes of the settings do not touch them.</summary>
    public required CostRates Rates { get; init; }

    public required CostBreakdown Breakdown { get; init; }

    /// <summary>UTC instant the revision was written (the API's <c>cost.frozenAt</c>).</summary>
    public required DateTimeOffset FrozenAt { get; init; }

    public int CalculationVersion { get; init; } = CurrentCalculationVersion;

    /// <summary>Why this revision exists; null for version 1, mandatory for corrections.</summary>
    public string? Reason { get; init; }

    /// <summary>Who wrote the revision (user name or "system").</summary>
    public string? Actor { get; init; }

    /// <summary>Computes and freezes the first revision of a job's cost.</summary>
    public static CostSnapshot Freeze(Guid jobId, CostInputs inputs, CostRates rates, DateTimeOffset frozenAt, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(rates);
        return new CostSnapshot
        {
            JobId = jobId,
            Version = 1,
            Inputs = inputs,
            Rates = rates,
            Breakdown = CostCalculator.Calculate(inputs, rates),
            FrozenAt = frozenAt.ToUniversalTime(),
            Actor = actor,
        };
    }

    /// <summary>The revision reports use: the highest version.</summary>
    public static CostSnapshot? Latest(IEnumerable<CostSnapshot> revisions) =>
        revisions.MaxBy(r => r.Version);
}
