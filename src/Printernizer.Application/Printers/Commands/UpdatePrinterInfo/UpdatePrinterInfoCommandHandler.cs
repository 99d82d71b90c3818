using MediatR;

namespace Printernizer.Application.Printers.Commands.UpdatePrinterInfo;

public sealed class UpdatePrinterInfoCommandHandler(IPrinterRepository printers, TimeProvider timeProvider) : IRequestHandler<UpdatePrinterInfoCommand>
{
    public async Task<Unit> Handle(UpdatePrinterInfoCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken);
        var model = string.IsNullOrWhiteSpace(request.Model) ? printer?.Model : request.Model.Trim();
        var firmware = string.IsNullOrWhiteSpace(request.Firmware) ? printer?.Firmware : request.Firmware.Trim();
        if (printer is null || (printer.Model == model && printer.Firmware == firmware))
        {
            return Unit.Value;
        }

        printer.Model = model;
        printer.Firmware = firmware;
        printer.UpdatedAt = timeProvider.GetUtcNow();
        await printers.UpdateAsync(printer, cancellationToken);
        return Unit.Value;
    }
}
