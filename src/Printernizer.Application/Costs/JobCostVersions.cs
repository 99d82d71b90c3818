using Printernizer.Domain.Costs;

namespace Printernizer.Application.Costs;

/// <summary>Maps cost revisions to <see cref="JobCostVersionDto"/>.</summary>
public static class JobCostVersions
{
    public static JobCostVersionDto ToDto(CostSnapshot snapshot, bool superseded)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var c = snapshot.Breakdown.ToCents();
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
            ActualCost = Money.Round(snapshot.Breakdown.ActualCost),
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
