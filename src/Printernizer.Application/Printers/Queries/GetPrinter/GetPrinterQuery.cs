using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Printers.Queries.GetPrinter;

/// <summary>One printer by id.</summary>
public sealed record GetPrinterQuery(Guid Id) : IRequest<PrinterDto>;

public sealed class GetPrinterQueryHandler(IPrinterRepository printers) : IRequestHandler<GetPrinterQuery, PrinterDto>
{
    public async Task<PrinterDto> Handle(GetPrinterQuery request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Printer", request.Id);
        return PrinterDto.From(printer);
    }
}
