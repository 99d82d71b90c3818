namespace Printernizer.Domain.Costs;

/// <summary>The machine hourly rate of business.md §2.2.</summary>
public static class MachineRate
{
    /// <summary>(purchase price − residual value) / lifetime hours + maintenance per hour; full precision.</summary>
    public static decimal FromPurchase(decimal purchasePrice, decimal lifetimeHours, decimal maintenancePerHour, decimal residualValue = 0m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lifetimeHours);
        ArgumentOutOfRangeException.ThrowIfNegative(purchasePrice);
        ArgumentOutOfRangeException.ThrowIfNegative(maintenancePerHour);
        return (Math.Max(0m, purchasePrice - residualValue) / lifetimeHours) + maintenancePerHour;
    }
}
