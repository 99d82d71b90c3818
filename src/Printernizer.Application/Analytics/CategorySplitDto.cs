using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Analytics;

/// <summary>Business vs private (vs unassigned): jobs, print hours and cost per category.</summary>
public sealed record CategorySplitDto
{
    /// <example>business</example>
    public JobCategory Category { get; init; }

    /// <example>8</example>
    public int Jobs { get; init; }

    /// <example>21.5</example>
    public decimal PrintHours { get; init; }

    /// <summary>Share of the print hours of the selection, in percent.</summary>
    /// <example>75.0</example>
    public decimal PrintHoursPercent { get; init; }

    public required CostTotalsDto Cost { get; init; }
}
