using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>Completed jobs with a slicer estimate (the most recent ones), for estimate learning.</summary>
public interface IEstimateHistory
{
    Task<IReadOnlyList<EstimateSample>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Completed and failed job counts per printer (and material) for success rates.</summary>
    Task<IReadOnlyList<JobOutcomeCount>> CountOutcomesAsync(CancellationToken cancellationToken);
}
