namespace Printernizer.Domain.Materials;

/// <summary>A kind of filament the shop buys (type, brand, colour) with its price and density.</summary>
public sealed class Material
{
    public Guid Id { get; init; }
    public required string Type { get; set; }
    public required string Brand { get; set; }
    public string? ColorName { get; set; }
    public string? ColorHex { get; set; }
    public decimal PricePerKg { get; set; }
    public decimal DensityGcm3 { get; set; }

    /// <summary>Below this many grams in stock (all unarchived spools) the material is low (null: never).</summary>
    public decimal? LowStockGrams { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
