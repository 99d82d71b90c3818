using MediatR;

namespace Printernizer.Application.Printers.Commands.UpdatePrinterInfo;

/// <summary>Records model and firmware as read from the printer.</summary>
public sealed record UpdatePrinterInfoCommand(Guid PrinterId, string? Model, string? Firmware) : IRequest;
