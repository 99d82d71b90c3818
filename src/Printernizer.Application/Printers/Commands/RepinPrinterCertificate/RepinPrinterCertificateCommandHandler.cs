using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Printers.Commands.RepinPrinterCertificate;

public sealed class RepinPrinterCertificateCommandHandler(
    IPrinterRepository printers,
    IAuditLog audit,
    ICurrentUser user,
    IMediator mediator,
    TimeProvider timeProvider) : IRequestHandler<RepinPrinterCertificateCommand, PrinterDto>
{
    public async Task<PrinterDto> Handle(RepinPrinterCertificateCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken) ?? throw NotFoundException.For("Printer", request.PrinterId);
        var before = printer.TlsFingerprint;
        printer.TlsFingerprint = null;
        printer.UpdatedAt = timeProvider.GetUtcNow();
        await printers.UpdateAsync(printer, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "printer.certificate_unpinned", "printer", printer.Id.ToString("D"), new { fingerprint = before }), cancellationToken);
        await mediator.Publish(new PrinterConfigurationChanged(printer.Id), cancellationToken);
        return PrinterDto.From(printer);
    }
}
