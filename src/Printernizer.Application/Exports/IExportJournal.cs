namespace Printernizer.Application.Exports;

/// <summary>Append-only journal of exports: parameters, bytes, SHA-256, record ids, user, time (business.md §5.4).</summary>
public interface IExportJournal
{
    /// <summary>Stores the export; returns its id and the SHA-256 (hex) of the bytes.</summary>
    Task<(Guid Id, string Sha256)> RecordAsync(ExportJournalEntry entry, CancellationToken cancellationToken);

    /// <summary>True when any of the records was exported to the target before (a re-export is flagged in the file name).</summary>
    Task<bool> AnyExportedAsync(string kind, IReadOnlyCollection<Guid> recordIds, CancellationToken cancellationToken);
}
