using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Printernizer.Application.Common.Behaviours;

namespace Printernizer.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5.1 (no DI extension package exists here: handlers are found by scanning this
    /// assembly), the FluentValidation validators (AddValidatorsFromAssembly) and the pipeline behaviours, outermost first.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(INotificationHandler<>))
                {
                    services.AddTransient(contract, type);
                }
            }
        }

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Transient);

        services.AddSingleton(new Domain.Jobs.JobTrackingOptions());
        services.AddSingleton<Domain.Jobs.JobTracker>();
        services.AddScoped<Jobs.JobTrackingPublisher>();
        services.AddSingleton<Jobs.JobProgressThrottle>();

        // Order matters: unhandled-exception log -> logging -> validation -> performance warning.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(PerformanceBehaviour<,>));

        return services;
    }
}
