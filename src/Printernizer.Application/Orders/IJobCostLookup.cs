namespace Printernizer.Application.Orders;

/// <summary>
/// Port to the Costs feature: the frozen cost total (EUR) of each given job that has one. Jobs without a frozen cost are left
/// out (an order whose jobs have no frozen cost yet shows <c>actualCost: null</c>).
/// </summary>
public interface IJobCostLookup
{
    Task<IReadOnlyDictionary<Guid, decimal>> GetFrozenTotalsAsync(IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken);
}
