namespace Printernizer.Application.Queue;

/// <summary>"Plate cleared" confirmations per printer.</summary>
public interface IPrinterPlateStore
{
    Task<PlateState> GetAsync(Guid printerId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, PlateState>> GetAllAsync(CancellationToken cancellationToken);

    Task MarkClearedAsync(Guid printerId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A job started (or was dispatched): the plate is no longer confirmed cleared.</summary>
    Task MarkJobStartedAsync(Guid printerId, DateTimeOffset at, CancellationToken cancellationToken);
}
