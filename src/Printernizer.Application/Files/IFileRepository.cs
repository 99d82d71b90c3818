using Printernizer.Domain.Files;

namespace Printernizer.Application.Files;

/// <summary>File rows of the combined list.</summary>
public interface IFileRepository
{
    Task<PrinterFile?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<PrinterFile>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<PrinterFile>> ListForPrinterAsync(Guid printerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PrinterFile>> ListByStatusAsync(FileStatus status, CancellationToken cancellationToken);

    /// <summary>Rows with a local copy, oldest copy first.</summary>
    Task<IReadOnlyList<PrinterFile>> ListLocalCopiesAsync(CancellationToken cancellationToken);

    Task AddAsync(PrinterFile file, CancellationToken cancellationToken);

    Task UpdateAsync(PrinterFile file, CancellationToken cancellationToken);

    /// <summary>Inserts and updates many rows in one transaction (a sync).</summary>
    Task SaveManyAsync(IReadOnlyList<PrinterFile> inserts, IReadOnlyList<PrinterFile> updates, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
