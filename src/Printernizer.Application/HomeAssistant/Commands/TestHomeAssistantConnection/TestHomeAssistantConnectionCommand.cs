using MediatR;

namespace Printernizer.Application.HomeAssistant.Commands.TestHomeAssistantConnection;

/// <summary>Tries to connect to the MQTT broker with these (unsaved) values; a left-out password uses the stored one.</summary>
public sealed record TestHomeAssistantConnectionCommand : HomeAssistantSettingsInput, IRequest<HomeAssistantTestResult>;
