using Printernizer.Application.Common;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Exports;

/// <summary>
/// One job as the Excel and CSV exports need it (a flat read model; the query fills it). Instants are UTC; the writers
/// convert them to Berlin time. Cost components are the job's one value from its latest cost revision
/// (<see cref="Domain.Costs.CostBreakdown.ValueFor"/>: cents, total = sum of parts); all null without a revision.
/// </summary>
public sealed record JobExportRow
{
    public required Guid JobId { get; init; }
    public required string PrinterName { get; init; }
    public required string Name { get; init; }
    public string? FileName { get; init; }
    public required JobStatus Status { get; init; }
    public required JobCategory Category { get; init; }
    public string? CustomerNumber { get; init; }
    public string? CustomerName { get; init; }
    public string? OrderNumber { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public int ActualSeconds { get; init; }
    public int PausedSeconds { get; init; }
    public string? MaterialType { get; init; }
    public decimal? MaterialGrams { get; init; }
    public decimal? MaterialCost { get; init; }
    public decimal? EnergyCost { get; init; }
    public decimal? MachineCost { get; init; }
    public decimal? LabourCost { get; init; }
    public decimal? FailureAllowance { get; init; }
    public decimal? TotalCost { get; init; }
    public string Currency { get; init; } = "EUR";
    public string? Notes { get; init; }

    /// <summary>The Berlin date the job belongs to: of its end, else of its start (business.md §6).</summary>
    public DateOnly LocalDate => BerlinDateRange.LocalDateOf(EndedAt ?? StartedAt);
}
