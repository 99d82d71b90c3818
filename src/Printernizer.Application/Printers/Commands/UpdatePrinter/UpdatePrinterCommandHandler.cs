using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands.UpdatePrinter;

public sealed class UpdatePrinterCommandHandler(IPrinterRepository printers, TimeProvider timeProvider, IMediator mediator)
    : IRequestHandler<UpdatePrinterCommand, PrinterDto>
{
    public async Task<PrinterDto> Handle(UpdatePrinterCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Printer", request.Id);
        var hostChanged = !string.Equals(printer.Host, request.Host?.Trim(), StringComparison.OrdinalIgnoreCase);
        request.ApplyTo(printer);

        // A secret may be left out on update, but the printer's kind still needs one.
        if (printer.Kind == PrinterKind.Bambu && string.IsNullOrEmpty(printer.AccessCode))
        {
            throw ValidationException.ForField("accessCode", "Enter the printer's LAN access code.");
        }

        if (printer.Kind == PrinterKind.Prusa && string.IsNullOrEmpty(printer.ApiKey))
        {
            throw ValidationException.ForField("apiKey", "Enter the PrusaLink API key shown on the printer.");
        }

        // A different host is a different machine: its certificate must be pinned anew unless one was given.
        if (hostChanged && request.TlsFingerprint is null)
        {
            printer.TlsFingerprint = null;
        }

        printer.UpdatedAt = timeProvider.GetUtcNow();
        if (!await printers.UpdateAsync(printer, cancellationToken))
        {
            throw NotFoundException.For("Printer", request.Id);
        }

        await mediator.Publish(new PrinterConfigurationChanged(printer.Id), cancellationToken);
        return PrinterDto.From(printer);
    }
}
