using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs;

/// <summary>Print jobs and their timeline. Tracking and user edits write separate columns, so neither overwrites the other.</summary>
public interface IJobRepository
{
    Task<PrintJob?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<PrintJob?> GetOpenForPrinterAsync(Guid printerId, CancellationToken cancellationToken);

    Task<PrintJob?> FindLatestByExternalIdAsync(Guid printerId, string externalId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PrintJob>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>Inserts new jobs and updates the tracking columns of known ones, with the events, in one transaction.</summary>
    Task SaveTrackingAsync(IReadOnlyList<PrintJob> jobs, IReadOnlyList<JobEventRecord> events, CancellationToken cancellationToken);

    /// <summary>Updates what people edit: category, customer, notes, material used, spool (and records the event).</summary>
    Task SaveEditsAsync(PrintJob job, JobEventRecord edit, CancellationToken cancellationToken);
}
