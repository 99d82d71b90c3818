using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands.PinPrinterCertificate;

public sealed class PinPrinterCertificateCommandHandler(IPrinterRepository printers, IAuditLog audit, TimeProvider timeProvider)
    : IRequestHandler<PinPrinterCertificateCommand>
{
    public async Task<Unit> Handle(PinPrinterCertificateCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken);
        var fingerprint = Printer.NormalizeFingerprint(request.Sha256Fingerprint);
        if (printer is null || printer.TlsFingerprint is not null || fingerprint is null)
        {
            return Unit.Value;
        }

        printer.TlsFingerprint = fingerprint;
        printer.UpdatedAt = timeProvider.GetUtcNow();
        await printers.UpdateAsync(printer, cancellationToken);
        await audit.WriteAsync(new AuditEntry("system", "printer.certificate_pinned", "printer", printer.Id.ToString("D"), null, new { fingerprint }), cancellationToken);
        return Unit.Value;
    }
}
