using MediatR;

namespace Printernizer.Application.HomeAssistant.Queries.GetHomeAssistantSettings;

/// <summary>The Home Assistant settings (without the password) and whether the bridge is connected.</summary>
public sealed record GetHomeAssistantSettingsQuery : IRequest<HomeAssistantSettingsDto>;
