using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Monitoring;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands.ControlPrinter;

public sealed class ControlPrinterCommandHandler(
    IPrinterRepository printers,
    IPrinterStatusStore statuses,
    IPrinterConnections connections,
    IAuditLog audit,
    ICurrentUser user) : IRequestHandler<ControlPrinterCommand>
{
    public async Task<Unit> Handle(ControlPrinterCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken) ?? throw NotFoundException.For("Printer", request.PrinterId);
        var state = statuses.Get(printer.Id)?.State ?? PrinterState.Offline;
        if (state == PrinterState.Offline || !printer.IsActive)
        {
            throw new PrinterCommunicationException($"'{printer.Name}' is not connected, so it cannot be controlled right now.", unreachable: true);
        }

        var allowed = request.Action switch
        {
            PrinterControlAction.Pause => state is PrinterState.Printing or PrinterState.Preparing,
            PrinterControlAction.Resume => state is PrinterState.Paused,
            PrinterControlAction.Stop => state is PrinterState.Printing or PrinterState.Preparing or PrinterState.Paused,
            _ => false,
        };
        if (!allowed)
        {
            var verb = request.Action.ToString().ToLowerInvariant();
            throw new ConflictException($"Cannot {verb} '{printer.Name}' while it is {state.ToString().ToLowerInvariant()}.");
        }

        await audit.WriteAsync(new AuditEntry(user.Actor, "printer." + request.Action.ToString().ToLowerInvariant(), "printer", printer.Id.ToString("D"), new { state }), cancellationToken);
        await connections.ExecuteAsync(printer.Id, request.Action, cancellationToken);
        return Unit.Value;
    }
}
