namespace Printernizer.Application.Costs;

/// <summary>Default filament price of a material type, used when the job's spool has no own price.</summary>
/// <param name="MaterialType">Material type as the printers report it. <example>PLA</example></param>
/// <param name="PricePerKg">€ per kg (net; gross for Kleinunternehmer). <example>22.50</example></param>
public sealed record FilamentPriceDto(string MaterialType, decimal PricePerKg);
