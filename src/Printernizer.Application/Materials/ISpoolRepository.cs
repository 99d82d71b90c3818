using Printernizer.Application.Common.Models;
using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials;

/// <summary>Spools, printer slot assignments and the append-only consumption bookings.</summary>
public interface ISpoolRepository
{
    Task<Spool?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(Spool spool, CancellationToken cancellationToken);

    /// <summary>Saves lot, location, opened date, initial grams and archived (remaining grams change only through bookings).</summary>
    Task UpdateAsync(Spool spool, CancellationToken cancellationToken);

    Task<SpoolDto?> GetDtoAsync(Guid id, CancellationToken cancellationToken);

    Task<PagedList<SpoolDto>> ListAsync(SpoolFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConsumptionDto>> ListConsumptionsAsync(Guid spoolId, CancellationToken cancellationToken);

    /// <summary>Puts the spool into a printer slot; a spool already in that slot goes back to the shelf.</summary>
    Task LoadAsync(Guid spoolId, Guid printerId, string slotId, DateTimeOffset now, CancellationToken cancellationToken);

    Task UnloadAsync(Guid spoolId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Spools loaded in a printer.</summary>
    Task<IReadOnlyList<Spool>> ListLoadedAsync(Guid printerId, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: compares what is booked for the job with what should be, and books the difference per spool
    /// (first rows <c>booking</c>, later rows <c>correction</c>) with an atomic stock update. Stock never goes below zero:
    /// the spool is flagged for a recount instead.
    /// </summary>
    Task<IReadOnlyList<StockChange>> BookJobAsync(JobBooking booking, CancellationToken cancellationToken);

    /// <summary>Sets the remaining grams after a recount (an <c>adjustment</c> row) and clears the recount flag.</summary>
    Task<StockChange> AdjustAsync(Guid spoolId, decimal remainingGrams, string actor, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records the matched spool on the job when it has none yet.</summary>
    Task SetJobSpoolIfEmptyAsync(Guid jobId, Guid spoolId, CancellationToken cancellationToken);
}
