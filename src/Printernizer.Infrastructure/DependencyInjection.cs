using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Access;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Diagnostics;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers;
using Printernizer.Infrastructure.Monitoring;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Persistence.Repositories;
using Printernizer.Infrastructure.Realtime;
using Printernizer.Infrastructure.Security;

namespace Printernizer.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers persistence, security, realtime and printer infrastructure for the given data folder.</summary>
    /// <remarks>The host registers the <see cref="DataFolder"/> singleton (it comes from configuration).</remarks>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        DapperTypeHandlers.Register();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<DatabaseMigrator>();

        services.AddDataProtection().SetApplicationName("Printernizer");
        services.AddOptions<KeyManagementOptions>().Configure<DataFolder, ILoggerFactory>((options, folder, loggers) =>
        {
            Directory.CreateDirectory(folder.KeysPath);
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder.KeysPath), loggers);
        });
        services.AddSingleton<PrinterSecretProtector>();
        services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();

        services.AddScoped<IPrinterRepository, PrinterRepository>();
        services.AddScoped<IAccessRepository, AccessRepository>();
        services.AddScoped<ISystemProbe, SystemProbe>();

        services.AddSingleton<RealtimeEventHub>();
        services.AddSingleton<IRealtimePublisher>(sp => sp.GetRequiredService<RealtimeEventHub>());
        services.AddSingleton<IPrinterStatusStore, InMemoryPrinterStatusStore>();
        return services;
    }
}
