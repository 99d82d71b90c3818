using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Queue;
using Printernizer.Infrastructure.Printers;
using Printernizer.Infrastructure.Printers.Bambu;
using Printernizer.Ftps;

namespace Printernizer.Infrastructure.Queue;

/// <summary>Dispatches through the printer's running driver (its single connection), when the driver can.</summary>
public sealed class PrinterDispatch(PrinterConnectionManager connections, FtpsSessionGate ftpsGate) : IPrinterDispatch
{
    public async Task StartPrintAsync(Guid printerId, PrintDispatchRequest request, CancellationToken cancellationToken)
    {
        var driver = connections.GetDriver(printerId)
            ?? throw new PrinterCommunicationException("The printer is not connected right now; try again when it is online.", unreachable: true);
        if (driver is BambuPrinterDriver bambu)
        {
            await bambu.StartPrintAsync(request, ftpsGate, cancellationToken);
            return;
        }

        if (driver is not IPrintDispatcher dispatcher)
        {
            throw new BusinessRuleException("This printer's driver cannot start prints.");
        }

        await dispatcher.StartPrintAsync(request, cancellationToken);
    }
}
