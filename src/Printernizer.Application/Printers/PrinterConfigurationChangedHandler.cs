using MediatR;

namespace Printernizer.Application.Printers;

/// <summary>Restarts or stops a printer's connection when its configuration changes.</summary>
public sealed class PrinterConfigurationChangedHandler(IPrinterConnections connections) : INotificationHandler<PrinterConfigurationChanged>
{
    public Task Handle(PrinterConfigurationChanged notification, CancellationToken cancellationToken) =>
        connections.RefreshAsync(notification.PrinterId, cancellationToken);
}
