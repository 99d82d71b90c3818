namespace Printernizer.Domain.Queue;

/// <summary>One completed job for estimate learning: the slicer's estimate and what the printer actually took.</summary>
public sealed record EstimateSample(Guid PrinterId, string? MaterialType, int EstimatedSeconds, int ActualSeconds, DateTimeOffset EndedAt);
