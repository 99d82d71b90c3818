namespace Printernizer.Application.Files;

/// <summary>The background transfer service: downloads (one per printer, a global limit) and deferred syncs.</summary>
public interface IFileTransfers
{
    /// <summary>Queues the download of a file whose row is already marked <c>downloading</c>. Duplicates are ignored.</summary>
    void EnqueueDownload(Guid fileId);

    /// <summary>Asks for a sync of one printer's files soon, without waiting (e.g. after a job ended).</summary>
    void RequestSync(Guid printerId);
}
