using MediatR;

namespace Printernizer.Application.Printers.Queries.ListPrinters;

/// <summary>All printers, by name.</summary>
public sealed record ListPrintersQuery : IRequest<IReadOnlyList<PrinterDto>>;

public sealed class ListPrintersQueryHandler(IPrinterRepository printers) : IRequestHandler<ListPrintersQuery, IReadOnlyList<PrinterDto>>
{
    public async Task<IReadOnlyList<PrinterDto>> Handle(ListPrintersQuery request, CancellationToken cancellationToken)
    {
        var all = await printers.ListAsync(cancellationToken);
        return all.Select(PrinterDto.From).ToList();
    }
}
