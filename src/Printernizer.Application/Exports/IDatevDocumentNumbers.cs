namespace Printernizer.Application.Exports;

/// <summary>
/// Belegfeld 1 of DATEV bookings (issue 15, business.md §4.2): a running number per prefix and Berlin year such as
/// <c>EB-2026-0001</c>, gapless, assigned at a job's first DATEV export and the same for every re-export.
/// </summary>
public interface IDatevDocumentNumbers
{
    /// <summary>
    /// The number of each request: the one assigned before, else the next of its prefix and year (assigned in the order
    /// given, all in one transaction).
    /// </summary>
    Task<IReadOnlyDictionary<DatevDocumentNumberRequest, string>> AssignAsync(IReadOnlyList<DatevDocumentNumberRequest> requests, CancellationToken cancellationToken);
}
