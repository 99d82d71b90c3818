using Printernizer.Application.Jobs;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Jobs;
using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials;

/// <summary>
/// Books an ended job's material against its spool: the spool chosen on the job, else the spool loaded in the printer slot
/// that was active (Bambu AMS tray / external spool, Prusa extruder), else the only spool loaded in that printer, else the only
/// loaded spool of the job's material type. Running it again books only differences (as corrections), so it is idempotent.
/// </summary>
public sealed class JobMaterialBooker(IJobRepository jobs, ISpoolRepository spools, IPrinterStatusStore statuses, StockEvents events, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<StockChange>> BookAsync(Guid jobId, string actor, string reason, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(jobId, cancellationToken);
        if (job is null || job.IsOpen)
        {
            return [];
        }

        var spoolId = job.SpoolId;
        if (spoolId is { } chosen && await spools.GetAsync(chosen, cancellationToken) is null)
        {
            spoolId = null; // a link to a spool that does not exist books nothing
        }
        else if (spoolId is null && await MatchLoadedSpoolAsync(job, cancellationToken) is { } matched)
        {
            spoolId = matched.Id;
            await spools.SetJobSpoolIfEmptyAsync(job.Id, matched.Id, cancellationToken);
        }

        var changes = await spools.BookJobAsync(
            new JobBooking(job.Id, spoolId, job.MaterialUsedGrams ?? 0m, actor, reason, timeProvider.GetUtcNow()), cancellationToken);
        await events.PublishAsync(changes, cancellationToken);
        return changes;
    }

    private async Task<Spool?> MatchLoadedSpoolAsync(PrintJob job, CancellationToken cancellationToken)
    {
        var loaded = await spools.ListLoadedAsync(job.PrinterId, cancellationToken);
        if (loaded.Count == 0)
        {
            return null;
        }

        var slots = statuses.Get(job.PrinterId)?.LoadedMaterials ?? [];
        var active = ActiveSlot(slots);
        if (active is not null)
        {
            var inSlot = loaded.FirstOrDefault(s => string.Equals(s.SlotId, active.SlotId, StringComparison.OrdinalIgnoreCase));
            if (inSlot is not null)
            {
                return inSlot;
            }
        }

        if (loaded.Count == 1)
        {
            return loaded[0];
        }

        return null;
    }

    private static LoadedMaterial? ActiveSlot(IReadOnlyList<LoadedMaterial> slots) =>
        slots.FirstOrDefault(m => m.Active) ?? (slots.Count == 1 ? slots[0] : null);
}
