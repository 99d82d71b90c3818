namespace Printernizer.Application.Analytics;

/// <summary>One Berlin calendar month (clipped to the period).</summary>
public sealed record MonthAnalyticsDto
{
    /// <summary>Year and month, <c>yyyy-MM</c>.</summary>
    /// <example>2026-03</example>
    public required string Month { get; init; }

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    /// <example>14</example>
    public int Jobs { get; init; }

    /// <example>12</example>
    public int Completed { get; init; }

    /// <example>40.2</example>
    public decimal PrintHours { get; init; }

    /// <example>1210.5</example>
    public decimal MaterialGrams { get; init; }

    public required CostTotalsDto Cost { get; init; }

    /// <summary>Actual cost of business jobs, EUR.</summary>
    /// <example>120.40</example>
    public decimal BusinessActualCost { get; init; }

    /// <summary>Actual cost of private jobs, EUR.</summary>
    /// <example>20.10</example>
    public decimal PrivateActualCost { get; init; }
}
