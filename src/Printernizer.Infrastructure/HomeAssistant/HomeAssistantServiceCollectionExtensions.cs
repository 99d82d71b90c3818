using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Printernizer.Application.HomeAssistant;

namespace Printernizer.Infrastructure.HomeAssistant;

public static class HomeAssistantServiceCollectionExtensions
{
    /// <summary>Home Assistant settings store and the MQTT discovery publisher (a hosted service).</summary>
    public static IServiceCollection AddHomeAssistant(this IServiceCollection services)
    {
        services.TryAddSingleton(new HomeAssistantOptions());
        services.AddScoped<IHomeAssistantSettingsStore, HomeAssistantSettingsStore>();
        services.AddSingleton<HomeAssistantPublisher>();
        services.AddSingleton<IHomeAssistantBridge>(sp => sp.GetRequiredService<HomeAssistantPublisher>());
        services.AddHostedService(sp => sp.GetRequiredService<HomeAssistantPublisher>());
        return services;
    }
}
