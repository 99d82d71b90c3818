using System.Globalization;
using Printernizer.Domain.Jobs;

namespace Printernizer.Infrastructure.Persistence.Repositories;

/// <summary>A jobs row as Dapper reads it (text columns mapped by hand).</summary>
internal sealed class JobRow
{
    public Guid Id { get; init; }
    public Guid PrinterId { get; init; }
    public string ExternalId { get; init; } = "";
    public string Name { get; init; } = "";
    public string? FileName { get; init; }
    public string? FilePath { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public long EndTimeEstimated { get; init; }
    public long? EstimatedSeconds { get; init; }
    public long PausedSeconds { get; init; }
    public DateTimeOffset? PausedSince { get; init; }
    public string ProgressPercent { get; init; } = "0";
    public long? RemainingSeconds { get; init; }
    public long? CurrentLayer { get; init; }
    public long? TotalLayers { get; init; }
    public string? MaterialType { get; init; }
    public string? MaterialEstimatedGrams { get; init; }
    public string? MaterialUsedGrams { get; init; }
    public string Category { get; init; } = "unassigned";
    public string? CustomerId { get; init; }
    public string? OrderId { get; init; }
    public string? SpoolId { get; init; }
    public string? Notes { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? PrinterName { get; init; }

    public PrintJob ToJob() => new()
    {
        Id = Id,
        PrinterId = PrinterId,
        ExternalId = ExternalId,
        Name = Name,
        FileName = FileName,
        FilePath = FilePath,
        Status = EnumText.Parse<JobStatus>(Status),
        StartedAt = StartedAt,
        EndedAt = EndedAt,
        EndTimeEstimated = EndTimeEstimated != 0,
        EstimatedSeconds = (int?)EstimatedSeconds,
        PausedSeconds = (int)PausedSeconds,
        PausedSince = PausedSince,
        ProgressPercent = decimal.Parse(ProgressPercent, CultureInfo.InvariantCulture),
        RemainingSeconds = (int?)RemainingSeconds,
        CurrentLayer = (int?)CurrentLayer,
        TotalLayers = (int?)TotalLayers,
        MaterialType = MaterialType,
        MaterialEstimatedGrams = ParseDecimal(MaterialEstimatedGrams),
        MaterialUsedGrams = ParseDecimal(MaterialUsedGrams),
        Category = EnumText.Parse<JobCategory>(Category),
        CustomerId = CustomerId is null ? null : Guid.Parse(CustomerId),
        OrderId = OrderId is null ? null : Guid.Parse(OrderId),
        SpoolId = SpoolId is null ? null : Guid.Parse(SpoolId),
        Notes = Notes,
        LastSeenAt = LastSeenAt,
        UpdatedAt = UpdatedAt,
    };

    private static decimal? ParseDecimal(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
}
