namespace Printernizer.Application.Orders;

/// <summary>
/// Port to the Costs feature: the frozen cost total (EUR) of each given job that has one. Jobs without a frozen cost are left
/// out. Until costs exist the default implementation returns nothing, and orders show <c>actualCost: null</c>.
/// </summary>
public interface IJobCostLookup
{
    Task<IReadOnlyDictionary<Guid, decimal>> GetFrozenTotalsAsync(IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken);
}
