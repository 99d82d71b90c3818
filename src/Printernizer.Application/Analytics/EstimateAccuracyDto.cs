namespace Printernizer.Application.Analytics;

/// <summary>How well the slicer estimates matched: completed jobs with an estimate, actual = print time without pauses.</summary>
public sealed record EstimateAccuracyDto
{
    /// <example>10</example>
    public int Jobs { get; init; }

    /// <example>20.0</example>
    public decimal EstimatedHours { get; init; }

    /// <example>21.3</example>
    public decimal ActualHours { get; init; }

    /// <summary>Mean absolute percentage error |actual − estimate| / actual, in percent; null without jobs.</summary>
    /// <example>7.4</example>
    public decimal? MapePercent { get; init; }

    /// <summary>(Σ actual − Σ estimate) / Σ estimate in percent: positive = prints take longer than estimated.</summary>
    /// <example>6.5</example>
    public decimal? BiasPercent { get; init; }
}
