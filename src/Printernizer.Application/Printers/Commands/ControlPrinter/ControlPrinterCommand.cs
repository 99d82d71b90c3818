using MediatR;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands.ControlPrinter;

/// <summary>Pause, resume or stop the current print.</summary>
public sealed record ControlPrinterCommand(Guid PrinterId, PrinterControlAction Action) : IRequest;
