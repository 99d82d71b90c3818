using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers;

/// <summary>Printers with their secrets (decrypted on read, encrypted at rest).</summary>
public interface IPrinterRepository
{
    Task<IReadOnlyList<Printer>> ListAsync(CancellationToken cancellationToken);

    Task<Printer?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Name and default category only: a cheap read without decrypting secrets (the status hot path).</summary>
    Task<PrinterLabel?> GetLabelAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken cancellationToken);

    Task AddAsync(Printer printer, CancellationToken cancellationToken);

    /// <summary>Updates the printer; false when it does not exist.</summary>
    Task<bool> UpdateAsync(Printer printer, CancellationToken cancellationToken);

    /// <summary>Deletes the printer; false when it does not exist.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}
