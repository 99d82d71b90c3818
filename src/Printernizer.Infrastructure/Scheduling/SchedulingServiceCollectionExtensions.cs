using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Printernizer.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Quartz with the recurring jobs (in-memory store; a farm moves to the clustered ADO store).</summary>
    public static IServiceCollection AddPrinternizerScheduling(this IServiceCollection services, TimeProvider? timeProvider = null)
    {
        services.AddQuartz(q =>
        {
            q.AddJob<DetectInterruptedJobsJob>(j => j.WithIdentity(DetectInterruptedJobsJob.Key));
            q.AddTrigger(t => t.ForJob(DetectInterruptedJobsJob.Key)
                .StartAt((timeProvider ?? TimeProvider.System).GetUtcNow().AddMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
