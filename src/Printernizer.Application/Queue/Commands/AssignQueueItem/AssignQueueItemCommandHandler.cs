using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.AssignQueueItem;

public sealed class AssignQueueItemCommandHandler(
    PrintQueueService service,
    IPrinterRepository printers,
    IQueueFileStore files,
    IPrinterPlateStore plates) : IRequestHandler<AssignQueueItemCommand, QueueItemDto>
{
    public async Task<QueueItemDto> Handle(AssignQueueItemCommand request, CancellationToken cancellationToken)
    {
        var item = await service.GetAsync(request.Id, cancellationToken);
        if (!item.IsWaiting)
        {
            throw new ConflictException($"Only waiting items can be assigned; this one is {item.Status.ToString().ToLowerInvariant()}.");
        }

        var printer = await printers.GetAsync(request.PrinterId, cancellationToken)
            ?? throw ValidationException.ForField(nameof(request.PrinterId), $"Printer '{request.PrinterId}' was not found.");
        var check = service.Check(item, await files.GetAsync(item.FileId, cancellationToken), printer, await plates.GetAsync(printer.Id, cancellationToken));
        if (!check.Assignable)
        {
            throw new BusinessRuleException($"{item.FileName} cannot go to {printer.Name}: " + string.Join(" ", check.Problems));
        }

        item.PrinterId = printer.Id;
        item.Status = QueueItemStatus.Assigned;
        return await service.SaveAsync(item, cancellationToken);
    }
}
