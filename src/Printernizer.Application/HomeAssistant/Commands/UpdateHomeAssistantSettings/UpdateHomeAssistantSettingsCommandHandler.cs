using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.HomeAssistant.Commands.UpdateHomeAssistantSettings;

public sealed class UpdateHomeAssistantSettingsCommandHandler(
    IHomeAssistantSettingsStore store,
    IHomeAssistantBridge bridge,
    IAuditLog audit,
    ICurrentUser user) : IRequestHandler<UpdateHomeAssistantSettingsCommand, HomeAssistantSettingsDto>
{
    public async Task<HomeAssistantSettingsDto> Handle(UpdateHomeAssistantSettingsCommand request, CancellationToken cancellationToken)
    {
        var before = await store.GetAsync(cancellationToken);
        var after = request.ToSettings(before);
        await store.SaveAsync(after, cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(user.Actor, "settings.homeassistant.update", "settings", "homeassistant", before with { Password = null }, after with { Password = null }),
            cancellationToken);
        bridge.Reload();
        return HomeAssistantSettingsDto.From(after, bridge.Status);
    }
}
