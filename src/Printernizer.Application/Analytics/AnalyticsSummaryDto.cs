using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Analytics;

/// <summary>Figures of a period (Berlin dates, inclusive) for the selection.</summary>
public sealed record AnalyticsSummaryDto
{
    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public JobCategory? Category { get; init; }

    public Guid? PrinterId { get; init; }

    /// <example>14</example>
    public int Jobs { get; init; }

    public IReadOnlyList<StatusCountDto> JobsByStatus { get; init; } = [];

    /// <summary>Print hours (pauses excluded).</summary>
    /// <example>40.2</example>
    public decimal PrintHours { get; init; }

    /// <summary>Completed / ended jobs in percent; null when no job ended.</summary>
    /// <example>92.3</example>
    public decimal? SuccessRatePercent { get; init; }

    /// <summary>Hours of the period up to now (per printer).</summary>
    /// <example>744</example>
    public decimal AvailableHours { get; init; }

    /// <summary>Printers in the selection.</summary>
    /// <example>2</example>
    public int Printers { get; init; }

    /// <summary>Print hours / (available hours × printers), in percent.</summary>
    /// <example>2.7</example>
    public decimal UtilizationPercent { get; init; }

    public IReadOnlyList<MaterialAnalyticsDto> MaterialByType { get; init; } = [];

    public required CostTotalsDto Cost { get; init; }

    public IReadOnlyList<CategorySplitDto> ByCategory { get; init; } = [];

    public required EstimateAccuracyDto EstimateAccuracy { get; init; }
}
