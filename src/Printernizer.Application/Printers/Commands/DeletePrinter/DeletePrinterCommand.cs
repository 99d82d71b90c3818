using MediatR;

namespace Printernizer.Application.Printers.Commands.DeletePrinter;

/// <summary>Removes a printer (its connection is stopped).</summary>
public sealed record DeletePrinterCommand(Guid Id) : IRequest;
