using MediatR;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Commands.CreatePrinter;

public sealed class CreatePrinterCommandHandler(IPrinterRepository printers, TimeProvider timeProvider, IMediator mediator)
    : IRequestHandler<CreatePrinterCommand, PrinterDto>
{
    public async Task<PrinterDto> Handle(CreatePrinterCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var printer = new Printer { Id = Guid.NewGuid(), Name = request.Name!, CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(printer);
        await printers.AddAsync(printer, cancellationToken);
        await mediator.Publish(new PrinterConfigurationChanged(printer.Id), cancellationToken);
        return PrinterDto.From(printer);
    }
}
