namespace Printernizer.Application.Analytics;

/// <summary>Material use of one type: weighed grams when known, else the estimate (scaled by progress for unfinished jobs).</summary>
public sealed record MaterialAnalyticsDto
{
    /// <summary>Material type; "(unknown)" when the printer did not report one.</summary>
    /// <example>PLA</example>
    public required string MaterialType { get; init; }

    /// <example>7</example>
    public int Jobs { get; init; }

    /// <example>912.4</example>
    public decimal Grams { get; init; }

    /// <summary>Material cost of the frozen revisions, EUR.</summary>
    /// <example>22.81</example>
    public decimal MaterialCost { get; init; }
}
