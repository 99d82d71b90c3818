using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers;

namespace Printernizer.Application.Monitoring.Queries.GetPrinterStatus;

public sealed class GetPrinterStatusQueryHandler(IPrinterRepository printers, IPrinterStatusStore statuses, TimeProvider timeProvider)
    : IRequestHandler<GetPrinterStatusQuery, PrinterStatusDto>
{
    public async Task<PrinterStatusDto> Handle(GetPrinterStatusQuery request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken) ?? throw NotFoundException.For("Printer", request.PrinterId);
        if (!printer.IsActive)
        {
            return PrinterStatusDto.Offline(printer.Id, "The printer is deactivated in Printernizer.", timeProvider.GetUtcNow());
        }

        return statuses.Get(printer.Id) ?? PrinterStatusDto.Offline(printer.Id, "Connecting…", timeProvider.GetUtcNow());
    }
}
