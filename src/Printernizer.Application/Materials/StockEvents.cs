using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Materials;

/// <summary>Tells live clients about stock changes: <c>spool.updated</c>, <c>spool.needs_recount</c>, <c>material.low_stock</c>.</summary>
public sealed class StockEvents(ISpoolRepository spools, IMaterialRepository materials, IRealtimePublisher realtime)
{
    public async Task PublishAsync(IReadOnlyList<StockChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            if (await spools.GetDtoAsync(change.SpoolId, cancellationToken) is { } spool)
            {
                realtime.Publish("spool.updated", spool, change.SpoolId.ToString("D"));
                if (change.WentBelowZero)
                {
                    realtime.Publish("spool.needs_recount", spool);
                }
            }

            if (change.LowStockGrams is { } threshold && change.MaterialStockAfter < threshold && change.MaterialStockBefore >= threshold &&
                await materials.GetDtoAsync(change.MaterialId, cancellationToken) is { } material)
            {
                realtime.Publish("material.low_stock", material);
            }
        }
    }
}
