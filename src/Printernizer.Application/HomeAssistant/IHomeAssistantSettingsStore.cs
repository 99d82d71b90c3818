namespace Printernizer.Application.HomeAssistant;

/// <summary>Stores the Home Assistant settings (password encrypted at rest).</summary>
public interface IHomeAssistantSettingsStore
{
    /// <summary>The stored settings, or the defaults (disabled) when none are stored.</summary>
    Task<HomeAssistantSettings> GetAsync(CancellationToken cancellationToken);

    Task SaveAsync(HomeAssistantSettings settings, CancellationToken cancellationToken);
}
