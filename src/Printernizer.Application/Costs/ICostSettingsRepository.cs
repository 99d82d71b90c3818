using Printernizer.Application.Exports;
using Printernizer.Domain.Costs;

namespace Printernizer.Application.Costs;

/// <summary>
/// Versioned cost and DATEV settings (business.md §1, §5.3): every save appends a row with <c>valid_from</c>; the current
/// settings are the latest row whose <c>valid_from</c> is not in the future; without any row the German defaults apply.
/// </summary>
public interface ICostSettingsRepository
{
    Task<VersionedSettings<CostRates>> GetRatesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<VersionedSettings<CostRates>>> ListRatesHistoryAsync(CancellationToken cancellationToken);

    Task SaveRatesAsync(CostRates rates, DateTimeOffset validFrom, string actor, CancellationToken cancellationToken);

    Task<VersionedSettings<DatevSettings>> GetDatevAsync(CancellationToken cancellationToken);

    Task SaveDatevAsync(DatevSettings settings, DateTimeOffset validFrom, string actor, CancellationToken cancellationToken);
}

/// <summary>A settings value and since when it applies (null: the built-in defaults, never saved).</summary>
public sealed record VersionedSettings<T>(T Value, DateTimeOffset? ValidFrom, string? Actor);
