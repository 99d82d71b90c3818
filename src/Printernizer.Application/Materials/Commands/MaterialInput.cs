namespace Printernizer.Application.Materials.Commands;

/// <summary>The editable fields of a material (create and replace).</summary>
public abstract record MaterialInput
{
    /// <example>PLA</example>
    public string Type { get; init; } = "";

    /// <example>Bambu Lab</example>
    public string Brand { get; init; } = "";

    /// <example>Jade White</example>
    public string? ColorName { get; init; }

    /// <summary>Colour as <c>#RRGGBB</c> (or <c>#RRGGBBAA</c> as Bambu reports it).</summary>
    /// <example>#F5F5F0</example>
    public string? ColorHex { get; init; }

    /// <example>24.99</example>
    public decimal PricePerKg { get; init; }

    /// <example>1.24</example>
    public decimal DensityGcm3 { get; init; } = 1.24m;

    /// <summary>Stock below this many grams raises a low-stock warning (null: never).</summary>
    /// <example>500</example>
    public decimal? LowStockGrams { get; init; }
}
