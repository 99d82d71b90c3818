using Printernizer.Domain.Costs;

namespace Printernizer.Application.Costs;

/// <summary>Frozen cost revisions (append-only; a correction is a new row, business.md §5.2).</summary>
public interface IJobCostRepository
{
    Task<CostSnapshot?> GetLatestAsync(Guid jobId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CostSnapshot>> ListVersionsAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Appends a revision; it must be the next version of the job.</summary>
    /// <exception cref="Common.Exceptions.ConflictException">The version exists already (a concurrent writer).</exception>
    Task AddAsync(CostSnapshot snapshot, CancellationToken cancellationToken);
}
