using Printernizer.Application.Orders;

namespace Printernizer.Infrastructure.Orders;

/// <summary>Until the Costs feature freezes job costs there are none: orders show <c>actualCost: null</c>, never an invented figure.</summary>
public sealed class NoJobCostLookup : IJobCostLookup
{
    private static readonly IReadOnlyDictionary<Guid, decimal> None = new Dictionary<Guid, decimal>();

    public Task<IReadOnlyDictionary<Guid, decimal>> GetFrozenTotalsAsync(IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken) =>
        Task.FromResult(None);
}
