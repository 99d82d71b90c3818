using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Access;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Diagnostics;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Jobs;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Infrastructure.Files;
using Printernizer.Infrastructure.Persistence.Queries;
using Printernizer.Infrastructure.Printers;
using Printernizer.Infrastructure.Printers.Simulated;
using Printernizer.Infrastructure.Queue;
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
        services.AddSingleton<IPasswordHasher>(sp => new Pbkdf2PasswordHasher(
            sp.GetRequiredService<IConfiguration>().GetValue("Printernizer:PasswordIterations", Pbkdf2PasswordHasher.DefaultIterations)));

        services.AddScoped<IPrinterRepository, PrinterRepository>();
        services.AddScoped<IAccessRepository, AccessRepository>();
        services.AddScoped<ISystemProbe, SystemProbe>();
        services.AddScoped<IJobRepository, JobRepository>();
        services.AddScoped<IJobQueries, JobQueries>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<IBackupService, SqliteBackupService>();

        services.AddSingleton<RealtimeEventHub>();
        services.AddSingleton<IRealtimePublisher>(sp => sp.GetRequiredService<RealtimeEventHub>());
        services.AddSingleton<IPrinterStatusStore, InMemoryPrinterStatusStore>();
        Materials.MaterialsServiceCollectionExtensions.AddMaterialsAndOrders(services);
        services.AddPrinterFiles();
        Costs.CostsServiceCollectionExtensions.AddCosts(services);
        services.AddPrintQueue();
        Files.Previews.FilePreviewsServiceCollectionExtensions.AddFilePreviews(services);
        return services;
    }

    /// <summary>Printer drivers and the connection manager (a hosted service; register after start-up work).</summary>
    /// <remarks>The host registers <see cref="SimulationOptions"/> and <see cref="PrinterConnectionOptions"/>.</remarks>
    public static IServiceCollection AddPrinterConnections(this IServiceCollection services)
    {
        services.TryAddSingleton(new SimulationOptions());
        services.TryAddSingleton(new PrinterConnectionOptions());
        services.TryAddSingleton(new Printers.Prusa.PrusaDriverOptions());
        services.TryAddSingleton(new Printers.Bambu.BambuDriverOptions());
        services.AddSingleton<IPrinterDriverFactory, PrinterDriverFactory>();
        services.AddSingleton<PrinterConnectionManager>();
        services.AddSingleton<IPrinterConnections>(sp => sp.GetRequiredService<PrinterConnectionManager>());
        services.AddHostedService(sp => sp.GetRequiredService<PrinterConnectionManager>());
        return services;
    }
}
