using MediatR;

namespace Printernizer.Application.HomeAssistant.Commands.UpdateHomeAssistantSettings;

/// <summary>Saves the Home Assistant settings and restarts the publisher with them.</summary>
public sealed record UpdateHomeAssistantSettingsCommand : HomeAssistantSettingsInput, IRequest<HomeAssistantSettingsDto>;
