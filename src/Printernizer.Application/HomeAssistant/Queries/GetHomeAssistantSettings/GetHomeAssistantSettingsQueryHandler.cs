using MediatR;

namespace Printernizer.Application.HomeAssistant.Queries.GetHomeAssistantSettings;

public sealed class GetHomeAssistantSettingsQueryHandler(IHomeAssistantSettingsStore store, IHomeAssistantBridge bridge)
    : IRequestHandler<GetHomeAssistantSettingsQuery, HomeAssistantSettingsDto>
{
    public async Task<HomeAssistantSettingsDto> Handle(GetHomeAssistantSettingsQuery request, CancellationToken cancellationToken) =>
        HomeAssistantSettingsDto.From(await store.GetAsync(cancellationToken), bridge.Status);
}
