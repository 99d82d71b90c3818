using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Monitoring.Commands.RecordPrinterStatus;
using Printernizer.Application.Queue;
using Printernizer.Application.Webhooks;
using Printernizer.Infrastructure.Files.Formats;
using Printernizer.Ftps;
using Printernizer.Infrastructure.Webhooks;
using Quartz;

namespace Printernizer.Infrastructure.Queue;

public static class QueueServiceCollectionExtensions
{
    /// <summary>Print queue, dispatch, estimate learning and ERP webhooks (with the Quartz delivery job).</summary>
    public static IServiceCollection AddPrintQueue(this IServiceCollection services)
    {
        services.AddPrintFilePreviews();
        services.TryAddSingleton<FtpsSessionGate>();
        services.AddScoped<IQueueRepository, QueueRepository>();
        services.AddScoped<IPrinterPlateStore, PrinterPlateStore>();
        services.AddScoped<IEstimateHistory, EstimateHistory>();
        services.AddScoped<IQueueSettingsStore, QueueSettingsStore>();
        services.AddScoped<IOrderProgress, OrderProgress>();
        services.AddScoped<IPrinterDispatch, PrinterDispatch>();
        services.AddScoped<IQueueFileStore, LibraryQueueFileStore>();
        services.AddSingleton<ILoadedMaterialStore, InMemoryLoadedMaterialStore>();
        services.AddSingleton<JobProgressThrottle>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Printernizer:Queue").Get<QueueOptions>() ?? new QueueOptions());
        services.AddScoped<PrintQueueService>();
        services.AddSingleton<DispatchesInFlight>();
        services.AddTransient<IPipelineBehavior<RecordPrinterStatusCommand, PrinterStatusDto>, QueueStatusObserver>();

        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Printernizer:Webhooks").Get<WebhookOptions>() ?? new WebhookOptions());
        services.AddSingleton<WebhookHttp>();
        services.AddScoped<IWebhookRepository, WebhookRepository>();
        services.AddScoped<IWebhookOutbox, WebhookOutbox>();
        services.AddScoped<WebhookSender>();
        services.AddQuartz(q =>
        {
            q.AddJob<WebhookDeliveryJob>(j => j.WithIdentity(WebhookDeliveryJob.Key));
            q.AddTrigger(t => t.ForJob(WebhookDeliveryJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(WebhookDeliveryJob.Interval).RepeatForever()));
        });
        services.AddQuartz(q =>
        {
            q.AddJob<DispatchTimeoutJob>(j => j.WithIdentity(DispatchTimeoutJob.Key));
            q.AddTrigger(t => t.ForJob(DispatchTimeoutJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(DispatchTimeoutJob.Interval).RepeatForever()));
        });
        return services;
    }
}
