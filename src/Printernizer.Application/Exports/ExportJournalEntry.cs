using Printernizer.Application.Common;

namespace Printernizer.Application.Exports;

/// <summary>One export as the journal keeps it (business.md §5.4).</summary>
public sealed record ExportJournalEntry
{
    /// <summary><c>jobs_xlsx</c>, <c>jobs_csv</c> or <c>datev</c>.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Actor { get; init; }

    public required BerlinDateRange Period { get; init; }

    public string? Filters { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Content { get; init; }

    public required IReadOnlyList<Guid> RecordIds { get; init; }
}
