using System.Globalization;
using Printernizer.Application.Materials;
using Printernizer.Domain.Materials;

namespace Printernizer.Infrastructure.Materials;

internal sealed class MaterialRow
{
    public Guid Id { get; init; }
    public string Type { get; init; } = "";
    public string Brand { get; init; } = "";
    public string? ColorName { get; init; }
    public string? ColorHex { get; init; }
    public string PricePerKg { get; init; } = "0";
    public string DensityGcm3 { get; init; } = "0";
    public long? LowStockMg { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public long StockMg { get; init; }
    public long SpoolCount { get; init; }

    public Material ToMaterial() => new()
    {
        Id = Id,
        Type = Type,
        Brand = Brand,
        ColorName = ColorName,
        ColorHex = ColorHex,
        PricePerKg = decimal.Parse(PricePerKg, CultureInfo.InvariantCulture),
        DensityGcm3 = decimal.Parse(DensityGcm3, CultureInfo.InvariantCulture),
        LowStockGrams = Milligrams.ToGrams(LowStockMg),
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
    };

    public MaterialDto ToDto() => new()
    {
        Id = Id,
        Type = Type,
        Brand = Brand,
        ColorName = ColorName,
        ColorHex = ColorHex,
        PricePerKg = decimal.Parse(PricePerKg, CultureInfo.InvariantCulture),
        DensityGcm3 = decimal.Parse(DensityGcm3, CultureInfo.InvariantCulture),
        LowStockGrams = Milligrams.ToGrams(LowStockMg),
        StockGrams = Milligrams.ToGrams(StockMg),
        SpoolCount = (int)SpoolCount,
        LowStock = LowStockMg is { } threshold && StockMg < threshold,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
    };
}
