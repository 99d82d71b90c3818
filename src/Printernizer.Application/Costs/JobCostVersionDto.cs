using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Costs;

/// <summary>One frozen cost revision of a job, with the inputs and rates it was computed from (amounts in cents).</summary>
public sealed record JobCostVersionDto
{
    /// <example>1</example>
    public int Version { get; init; }

    public DateTimeOffset FrozenAt { get; init; }

    /// <summary>True for every revision but the latest.</summary>
    public bool Superseded { get; init; }

    /// <example>system</example>
    public string? Actor { get; init; }

    /// <summary>Why the revision exists (null for version 1).</summary>
    /// <example>Spool weighed after the print</example>
    public string? Reason { get; init; }

    /// <example>3.17</example>
    public decimal Material { get; init; }

    /// <example>0.13</example>
    public decimal Energy { get; init; }

    /// <example>0.60</example>
    public decimal Machine { get; init; }

    /// <example>12.00</example>
    public decimal Labour { get; init; }

    /// <example>0.20</example>
    public decimal FailureAllowance { get; init; }

    /// <example>16.10</example>
    public decimal Total { get; init; }

    /// <summary>Total without the failure allowance: what the job really cost.</summary>
    /// <example>15.90</example>
    public decimal ActualCost { get; init; }

    /// <example>EUR</example>
    public string Currency { get; init; } = "EUR";

    /// <summary>Print seconds the revision used (pauses excluded).</summary>
    /// <example>16200</example>
    public long PrintSeconds { get; init; }

    /// <example>PLA</example>
    public string? MaterialType { get; init; }

    /// <example>126.8</example>
    public decimal MaterialGrams { get; init; }

    /// <summary>True when the grams are the slicer's estimate for the whole job, false when weighed/corrected.</summary>
    public bool MaterialIsEstimate { get; init; }

    /// <example>0.4275</example>
    public decimal EnergyKwh { get; init; }

    /// <example>completed</example>
    public JobStatus Status { get; init; }

    /// <summary>The rates copied into the revision.</summary>
    public required CostSettingsDto Rates { get; init; }
}
