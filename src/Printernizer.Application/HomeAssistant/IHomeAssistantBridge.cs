namespace Printernizer.Application.HomeAssistant;

/// <summary>The running Home Assistant publisher.</summary>
public interface IHomeAssistantBridge
{
    HomeAssistantBridgeStatus Status { get; }

    /// <summary>The settings changed: reconnect with the stored settings (or stop when disabled).</summary>
    void Reload();

    /// <summary>Connects once with <paramref name="settings"/> (no publishing) and says whether the broker accepted.</summary>
    Task<HomeAssistantTestResult> TestAsync(HomeAssistantSettings settings, CancellationToken cancellationToken);
}
