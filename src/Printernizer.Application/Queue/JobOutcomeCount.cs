namespace Printernizer.Application.Queue;

/// <summary>How many jobs of a printer with a material completed and how many failed.</summary>
public sealed record JobOutcomeCount(Guid PrinterId, string? MaterialType, int Completed, int Failed);
