using MediatR;

namespace Printernizer.Application.Printers.Commands.RepinPrinterCertificate;

/// <summary>Forgets the pinned certificate so the next connection pins the printer's current one (after a printer swap or reset).</summary>
public sealed record RepinPrinterCertificateCommand(Guid PrinterId) : IRequest<PrinterDto>;
