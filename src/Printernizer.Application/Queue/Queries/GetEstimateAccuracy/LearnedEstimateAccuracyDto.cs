namespace Printernizer.Application.Queue.Queries.GetEstimateAccuracy;

/// <summary>How good print time estimates are, over completed jobs with a slicer estimate (time-ordered evaluation).</summary>
public sealed record LearnedEstimateAccuracyDto
{
    /// <example>48</example>
    public int Jobs { get; init; }

    /// <summary>Mean absolute percentage error of the slicer's estimate.</summary>
    /// <example>11.8</example>
    public double? SlicerMapePercent { get; init; }

    /// <summary>Same for the learned estimate (each job predicted only from jobs that ended before it).</summary>
    /// <example>2.4</example>
    public double? LearnedMapePercent { get; init; }

    /// <summary>The correction factor (actual/estimated) per printer now in use.</summary>
    public IReadOnlyList<PrinterEstimateFactorDto> Printers { get; init; } = [];
}
