namespace Printernizer.Application.Materials;

/// <summary>A material with its current stock (sum of the remaining grams of its unarchived spools).</summary>
public sealed record MaterialDto
{
    public Guid Id { get; init; }

    /// <example>PLA</example>
    public required string Type { get; init; }

    /// <example>Bambu Lab</example>
    public required string Brand { get; init; }

    /// <example>Jade White</example>
    public string? ColorName { get; init; }

    /// <example>#F5F5F0</example>
    public string? ColorHex { get; init; }

    /// <example>24.99</example>
    public decimal PricePerKg { get; init; }

    /// <example>1.24</example>
    public decimal DensityGcm3 { get; init; }

    /// <summary>Stock below this many grams raises <c>material.low_stock</c> (null: no warning).</summary>
    /// <example>500</example>
    public decimal? LowStockGrams { get; init; }

    /// <summary>Remaining grams over all unarchived spools.</summary>
    /// <example>1730.5</example>
    public decimal StockGrams { get; init; }

    /// <example>2</example>
    public int SpoolCount { get; init; }

    /// <summary>True when <see cref="StockGrams"/> is below <see cref="LowStockGrams"/>.</summary>
    public bool LowStock { get; init; }

    /// <example>EUR</example>
    public string Currency { get; init; } = "EUR";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
