namespace Printernizer.Application.Analytics;

/// <summary>One printer's figures in the period.</summary>
public sealed record PrinterAnalyticsDto
{
    public Guid PrinterId { get; init; }

    /// <example>A1 Werkstatt</example>
    public required string PrinterName { get; init; }

    /// <example>12</example>
    public int Jobs { get; init; }

    /// <example>10</example>
    public int Completed { get; init; }

    /// <example>38.5</example>
    public decimal PrintHours { get; init; }

    /// <example>28.0</example>
    public decimal BusinessPrintHours { get; init; }

    /// <example>10.5</example>
    public decimal PrivatePrintHours { get; init; }

    /// <summary>Print hours / hours of the period (up to now), in percent.</summary>
    /// <example>5.2</example>
    public decimal UtilizationPercent { get; init; }

    public required CostTotalsDto Cost { get; init; }
}
