namespace Printernizer.Domain.Costs;

/// <summary>
/// Grams of one material a job used. <paramref name="PricePerKg"/> is the price of the spool/material (net; gross for
/// Kleinunternehmer); null takes the default of <see cref="CostRates"/> for <paramref name="MaterialType"/>.
/// </summary>
public sealed record MaterialUsage(string? MaterialType, decimal Grams, decimal? PricePerKg = null);
