using MediatR;
using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Application.Printers.Commands.TestPrinterConnection;

/// <summary>Tries to reach a stored printer and says what was found (model, firmware) or what is wrong.</summary>
public sealed record TestPrinterConnectionCommand(Guid PrinterId) : IRequest<ConnectionTestResult>;
