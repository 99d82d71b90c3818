namespace Printernizer.Domain.Costs;

/// <summary>
/// Corrections of a frozen cost (business.md §5.2): a correction never edits a revision; it returns a new snapshot
/// with version n + 1, recomputed from the corrected inputs, with a mandatory reason, the actor and a UTC timestamp.
/// Persist it as a new row; the repository must never UPDATE an existing revision.
/// </summary>
public static class CostCorrection
{
    /// <summary>
    /// Creates the next revision after <paramref name="latest"/>. <paramref name="rates"/> null keeps the rates copied
    /// into <paramref name="latest"/> (a correction of what was consumed does not re-price the job with today's rates).
    /// </summary>
    /// <exception cref="ArgumentException">The reason or actor is blank.</exception>
    public static CostSnapshot Apply(CostSnapshot latest, CostInputs correctedInputs, string reason, string actor, DateTimeOffset at, CostRates? rates = null)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(correctedInputs);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A correction needs a reason.", nameof(reason));
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new ArgumentException("A correction needs the user who made it.", nameof(actor));
        }

        var usedRates = rates ?? latest.Rates;
        return new CostSnapshot
        {
            JobId = latest.JobId,
            Version = latest.Version + 1,
            Inputs = correctedInputs,
            Rates = usedRates,
            Breakdown = CostCalculator.Calculate(correctedInputs, usedRates),
            FrozenAt = at.ToUniversalTime(),
            Reason = reason.Trim(),
            Actor = actor.Trim(),
        };
    }
}
