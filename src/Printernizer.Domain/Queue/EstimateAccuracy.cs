namespace Printernizer.Domain.Queue;

/// <summary>Mean absolute percentage errors (percent) over <see cref="Jobs"/> completed jobs; null without any.</summary>
public sealed record EstimateAccuracy(int Jobs, double? SlicerMape, double? LearnedMape);
