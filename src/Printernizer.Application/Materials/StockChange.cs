using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials;

/// <summary>The outcome of one booking row, for events.</summary>
public sealed record StockChange(
    Guid SpoolId,
    Guid MaterialId,
    decimal Grams,
    ConsumptionKind Kind,
    decimal RemainingGrams,
    bool WentBelowZero,
    decimal MaterialStockBefore,
    decimal MaterialStockAfter,
    decimal? LowStockGrams);
