using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Printers;

namespace Printernizer.Application.Queue.Commands.MarkPlateCleared;

public sealed class MarkPlateClearedCommandHandler(
    IPrinterRepository printers,
    IPrinterPlateStore plates,
    PrintQueueService service,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<MarkPlateClearedCommand, PlateState>
{
    public async Task<PlateState> Handle(MarkPlateClearedCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken) ?? throw NotFoundException.For("Printer", request.PrinterId);
        await plates.MarkClearedAsync(printer.Id, timeProvider.GetUtcNow(), cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "printer.plate_cleared", "printer", printer.Id.ToString("D")), cancellationToken);
        var state = await plates.GetAsync(printer.Id, cancellationToken);
        realtime.Publish("printer.plate", state, printer.Id.ToString("D"));
        await service.AutoAssignAsync(cancellationToken);
        return state;
    }
}
