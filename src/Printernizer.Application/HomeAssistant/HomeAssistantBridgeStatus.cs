namespace Printernizer.Application.HomeAssistant;

/// <summary>Whether the Home Assistant publisher is connected, and the last error.</summary>
public sealed record HomeAssistantBridgeStatus(bool Connected, string? LastError);
