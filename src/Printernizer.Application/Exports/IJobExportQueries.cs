namespace Printernizer.Application.Exports;

/// <summary>Read side of the exports (Dapper in Infrastructure).</summary>
public interface IJobExportQueries
{
    /// <summary>
    /// Streams the jobs of the filter, ordered by end (else start) instant, to <paramref name="consume"/> while the
    /// query runs (unbuffered: 100 000 rows never sit in memory at once). Costs: the latest revision, null without one.
    /// </summary>
    Task ReadAsync(JobExportFilter filter, Action<IEnumerable<JobExportRow>> consume, CancellationToken cancellationToken);

    /// <summary>Completed business and private jobs ended in the period that have a frozen cost, ordered by end.</summary>
    Task<IReadOnlyList<DatevJob>> ListForDatevAsync(Common.BerlinDateRange period, CancellationToken cancellationToken);
}
