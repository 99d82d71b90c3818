namespace Printernizer.Domain.Queue;

/// <summary>
/// Corrects slicer estimates by what a printer actually took: the median of actual/estimated ratios of the last
/// <see cref="Window"/> completed jobs on the same printer (and material when there are enough of those),
/// with ratios outside a plausible range dropped and the outer quarter trimmed. Without history: the slicer estimate.
/// </summary>
public sealed class EstimateLearner
{
    /// <summary>How many recent jobs count.</summary>
    public int Window { get; init; } = 20;

    /// <summary>Fewest samples for a correction; below it the slicer estimate stands.</summary>
    public int MinSamples { get; init; } = 3;

    /// <summary>Ratios outside [1/<see cref="MaxRatio"/>, <see cref="MaxRatio"/>] are outliers (aborted, forgotten pauses).</summary>
    public double MaxRatio { get; init; } = 3;

    /// <summary>The correction factor for a printer and material from <paramref name="history"/> (any order); 1 without enough history.</summary>
    public double Factor(IEnumerable<EstimateSample> history, Guid printerId, string? materialType)
    {
        ArgumentNullException.ThrowIfNull(history);
        var samples = history.Where(s => s.PrinterId == printerId && s.EstimatedSeconds > 0 && s.ActualSeconds > 0)
            .OrderByDescending(s => s.EndedAt)
            .ToList();
        if (materialType is not null)
        {
            var sameMaterial = samples.Where(s => string.Equals(s.MaterialType, materialType, StringComparison.OrdinalIgnoreCase)).ToList();
            if (sameMaterial.Count >= MinSamples)
            {
                samples = sameMaterial;
            }
        }

        var ratios = samples.Take(Window)
            .Select(s => (double)s.ActualSeconds / s.EstimatedSeconds)
            .Where(r => r >= 1 / MaxRatio && r <= MaxRatio)
            .Order()
            .ToList();
        if (ratios.Count < MinSamples)
        {
            return 1;
        }

        var trim = ratios.Count / 4;
        var kept = ratios.Skip(trim).Take(ratios.Count - (2 * trim)).ToList();
        var middle = kept.Count / 2;
        return kept.Count % 2 == 1 ? kept[middle] : (kept[middle - 1] + kept[middle]) / 2;
    }

    /// <summary>The learned prediction in whole seconds, or null without a slicer estimate.</summary>
    public int? Predict(IEnumerable<EstimateSample> history, Guid printerId, string? materialType, int? slicerSeconds) =>
        slicerSeconds is > 0 ? (int)Math.Round(slicerSeconds.Value * Factor(history, printerId, materialType), MidpointRounding.AwayFromZero) : slicerSeconds;

    /// <summary>
    /// Time-ordered evaluation: each job is predicted from the jobs that ended before it only. Returns the mean absolute
    /// percentage errors of the slicer and of the learned estimate (in percent) and how many jobs were evaluated.
    /// </summary>
    public EstimateAccuracy Evaluate(IEnumerable<EstimateSample> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var ordered = history.Where(s => s.EstimatedSeconds > 0 && s.ActualSeconds > 0).OrderBy(s => s.EndedAt).ToList();
        if (ordered.Count == 0)
        {
            return new EstimateAccuracy(0, null, null);
        }

        double slicer = 0;
        double learned = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var sample = ordered[i];
            var predicted = sample.EstimatedSeconds * Factor(ordered.Take(i), sample.PrinterId, sample.MaterialType);
            slicer += Math.Abs(sample.ActualSeconds - sample.EstimatedSeconds) / (double)sample.ActualSeconds;
            learned += Math.Abs(sample.ActualSeconds - predicted) / sample.ActualSeconds;
        }

        return new EstimateAccuracy(ordered.Count, Math.Round(100 * slicer / ordered.Count, 2), Math.Round(100 * learned / ordered.Count, 2));
    }
}
