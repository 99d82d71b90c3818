using MediatR;

namespace Printernizer.Application.Printers.Commands.CreatePrinter;

/// <summary>Registers a printer.</summary>
public sealed record CreatePrinterCommand : PrinterInput, IRequest<PrinterDto>;
