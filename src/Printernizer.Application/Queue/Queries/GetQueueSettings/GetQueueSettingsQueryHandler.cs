using MediatR;

namespace Printernizer.Application.Queue.Queries.GetQueueSettings;

public sealed class GetQueueSettingsQueryHandler(IQueueSettingsStore settings) : IRequestHandler<GetQueueSettingsQuery, QueueSettingsDto>
{
    public Task<QueueSettingsDto> Handle(GetQueueSettingsQuery request, CancellationToken cancellationToken) => settings.GetAsync(cancellationToken);
}
