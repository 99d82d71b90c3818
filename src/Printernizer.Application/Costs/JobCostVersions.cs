using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Costs;

/// <summary>Maps cost revisions to <see cref="JobCostVersionDto"/>.</summary>
public static class JobCostVersions
{
    /// <summary>
    /// A revision as the API shows it. <paramref name="category"/>: the job's category for its latest revision (so the
    /// value equals the job's everywhere); null for a superseded revision, which is valued as it was calculated.
    /// </summary>
    public static JobCostVersionDto ToDto(CostSnapshot snapshot, bool superseded, JobCategory? category)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var c = snapshot.Breakdown.ValueFor(category ?? (snapshot.Inputs.Private ? JobCategory.Private : JobCategory.Business));
        var materials = snapshot.Inputs.Materials.IsDefault ? [] : snapshot.Inputs.Materials;
        return new JobCostVersionDto
        {
            Version = snapshot.Version,
            FrozenAt = snapshot.FrozenAt,
            Superseded = superseded,
            Actor = snapshot.Actor,
            Reason = snapshot.Reason,
            Material = c.Material,
            Energy = c.Energy,
            Machine = c.Machine,
            Labour = c.Labour,
            FailureAllowance = c.FailureAllowance,
            Total = c.Total,
            ActualCost = c.ActualCost,
            PrintSeconds = snapshot.Inputs.PrintSeconds,
            MaterialType = materials.FirstOrDefault()?.MaterialType,
            MaterialGrams = materials.Sum(m => m.Grams),
            MaterialIsEstimate = snapshot.Inputs.MaterialIsFullJobEstimate,
            EnergyKwh = snapshot.Breakdown.EnergyKwh,
            Status = snapshot.Inputs.Status,
            Rates = CostSettingsDto.From(snapshot.Rates),
        };
    }
}
