namespace Printernizer.Application.Costs;

/// <summary>
/// Port to the materials/spools feature: the net price per kg (gross for Kleinunternehmer) of the material on a job's
/// spool. Null when unknown; the cost model then takes the per-material-type default of the cost settings, else
/// <see cref="Domain.Costs.CostRates.FallbackFilamentPricePerKg"/>.
/// <para>Implemented in Infrastructure by <c>MaterialPriceLookup</c>: <c>spools.material_id → materials.price_per_kg</c>.</para>
/// </summary>
public interface IMaterialPriceLookup
{
    Task<decimal?> PricePerKgAsync(Guid? spoolId, string? materialType, CancellationToken cancellationToken);
}
