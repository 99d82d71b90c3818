using MediatR;
using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Application.Monitoring.Commands.RecordPrinterStatus;

/// <summary>A driver reported a status: track jobs, keep the live status, notify live clients.</summary>
public sealed record RecordPrinterStatusCommand(Guid PrinterId, PrinterStatusReport Report) : IRequest<PrinterStatusDto>;
