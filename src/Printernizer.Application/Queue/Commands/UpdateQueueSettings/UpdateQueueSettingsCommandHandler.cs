using MediatR;

namespace Printernizer.Application.Queue.Commands.UpdateQueueSettings;

public sealed class UpdateQueueSettingsCommandHandler(IQueueSettingsStore settings, PrintQueueService service) : IRequestHandler<UpdateQueueSettingsCommand, QueueSettingsDto>
{
    public async Task<QueueSettingsDto> Handle(UpdateQueueSettingsCommand request, CancellationToken cancellationToken)
    {
        var updated = new QueueSettingsDto { AutoAssign = request.AutoAssign };
        await settings.SaveAsync(updated, cancellationToken);
        await service.AutoAssignAsync(cancellationToken);
        return updated;
    }
}
