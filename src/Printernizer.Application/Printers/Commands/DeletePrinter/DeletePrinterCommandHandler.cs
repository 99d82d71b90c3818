using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Printers.Commands.DeletePrinter;

public sealed class DeletePrinterCommandHandler(IPrinterRepository printers, IMediator mediator) : IRequestHandler<DeletePrinterCommand>
{
    public async Task<Unit> Handle(DeletePrinterCommand request, CancellationToken cancellationToken)
    {
        if (!await printers.DeleteAsync(request.Id, cancellationToken))
        {
            throw NotFoundException.For("Printer", request.Id);
        }

        await mediator.Publish(new PrinterConfigurationChanged(request.Id), cancellationToken);
        return Unit.Value;
    }
}
