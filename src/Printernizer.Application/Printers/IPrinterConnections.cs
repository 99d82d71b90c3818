using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers;

/// <summary>The live connections to printers (one driver per active printer).</summary>
public interface IPrinterConnections
{
    /// <summary>Re-reads the printer and (re)starts or stops its connection.</summary>
    Task RefreshAsync(Guid printerId, CancellationToken cancellationToken);

    /// <summary>Sends a control action through the printer's driver. 503 when the printer is not connected.</summary>
    Task ExecuteAsync(Guid printerId, PrinterControlAction action, CancellationToken cancellationToken);
}
