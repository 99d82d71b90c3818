using Printernizer.Application.Costs;

namespace Printernizer.Infrastructure.Costs;

/// <summary>
/// Placeholder until materials/spools exist: never knows a spool price, so the per-material-type default of the cost
/// settings applies. Replace the registration in <see cref="CostsServiceCollectionExtensions.AddCosts"/>.
/// </summary>
public sealed class NoMaterialPriceLookup : IMaterialPriceLookup
{
    public Task<decimal?> PricePerKgAsync(Guid? spoolId, string? materialType, CancellationToken cancellationToken) =>
        Task.FromResult<decimal?>(null);
}
