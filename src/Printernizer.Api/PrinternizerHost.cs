using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Infrastructure;
using Printernizer.Api.Security;
using Printernizer.Api.Swagger;
using Printernizer.Application;
using Printernizer.Infrastructure;
using Printernizer.Infrastructure.HomeAssistant;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Printers;
using Printernizer.Infrastructure.Printers.Simulated;
using Printernizer.Infrastructure.Scheduling;
using Printernizer.Infrastructure.Serialization;

namespace Printernizer.Api;

/// <summary>Composition root: configuration, services and the HTTP pipeline.</summary>
public static class PrinternizerHost
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// Microsoft.Data.Sqlite's async methods run synchronously and wait for SQLite's write lock on the calling thread, so
    /// a burst of database work (many printers connecting at once: first file listings, job starts) blocks pool threads,
    /// and the pool adds threads only slowly: live events then wait behind it (measured: p99 288 ms with the default
    /// minimum, 8.6 ms with 32 on 2 cores, bench/results/jobs.md). Idle threads cost only their stacks.
    /// </summary>
    private static void RaiseMinimumWorkerThreads(int minimum)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (minimum > workers)
        {
            ThreadPool.SetMinThreads(minimum, completionPorts);
        }
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = StartupArguments.Translate(args), ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        RaiseMinimumWorkerThreads(builder.Configuration.GetValue("Printernizer:MinWorkerThreads", 32));
        var services = builder.Services;
        services.AddSingleton(sp => new DataFolder(StartupArguments.DataFolderPath(sp.GetRequiredService<IConfiguration>())));
        services.AddApplication();
        services.AddInfrastructure();
        services.AddHostedService<StartupGate>();
        services.AddHostedService<DemoSeeder>();
        // Options are read when first needed, so test hosts and environment variables can set them.
        services.AddSingleton(sp => Section<JobTrackingOptions>(sp, "JobTracking"));
        services.AddSingleton(sp => Section<SimulationOptions>(sp, "Simulation"));
        services.AddSingleton(sp => Section<PrinterConnectionOptions>(sp, "Connections"));
        services.AddSingleton(sp => Section<Printernizer.Infrastructure.Printers.Prusa.PrusaDriverOptions>(sp, "Prusa"));
        services.AddSingleton(sp => Section<Printernizer.Infrastructure.Printers.Bambu.BambuDriverOptions>(sp, "Bambu"));
        services.AddPrinterConnections();
        services.AddHomeAssistant();
        services.AddPrinternizerScheduling();

        services.AddControllers(o => o.ModelBinderProviders.Insert(0, new BerlinDateModelBinderProvider()))
            .AddApplicationPart(typeof(PrinternizerHost).Assembly)
            .AddJsonOptions(o => JsonDefaults.Configure(o.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ProblemResponses.FromModelState);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemResponses.Customize);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddPrinternizerAuth();
        services.AddPrinternizerSwagger();
        services.AddHttpContextAccessor();
        services.AddScoped<Printernizer.Application.Common.Interfaces.ICurrentUser, HttpCurrentUser>();

        var app = builder.Build();
        app.UsePrinternizerPathBase();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("v1/swagger.json", "Printernizer API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "Printernizer API";
        });
        SpaHosting.UseSpaStaticFiles(app);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        SpaHosting.MapSpaFallback(app);
        return app;
    }

    private static T Section<T>(IServiceProvider services, string name)
        where T : new() =>
        services.GetRequiredService<IConfiguration>().GetSection("Printernizer:" + name).Get<T>() ?? new T();

    /// <summary>Runs until shutdown; a start-up failure (locked data folder, failed migration) exits with code 1 and a clear message.</summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ex is StartupException)
        {
            app.Logger.LogCritical("Printernizer cannot start: {Reason}", ex.Message);
            await Console.Error.WriteLineAsync("Printernizer cannot start: " + ex.Message);
            return 1;
        }
    }
}
