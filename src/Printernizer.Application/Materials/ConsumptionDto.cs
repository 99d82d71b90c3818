using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials;

/// <summary>One stock movement of a spool (positive grams are taken from the spool).</summary>
public sealed record ConsumptionDto
{
    public long Id { get; init; }
    public Guid SpoolId { get; init; }
    public Guid? JobId { get; init; }

    /// <example>38.2</example>
    public decimal Grams { get; init; }

    /// <example>booking</example>
    public ConsumptionKind Kind { get; init; }

    public DateTimeOffset BookedAt { get; init; }

    /// <example>system</example>
    public required string Actor { get; init; }

    /// <example>Job completed.</example>
    public string? Reason { get; init; }

    /// <summary>The spool's remaining grams right after this row.</summary>
    public decimal RemainingAfterGrams { get; init; }
}
