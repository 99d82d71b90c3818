using MediatR;

namespace Printernizer.Application.Monitoring.Queries.GetPrinterStatus;

/// <summary>The live status of one printer.</summary>
public sealed record GetPrinterStatusQuery(Guid PrinterId) : IRequest<PrinterStatusDto>;
