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
            q.AddJob<NightlyBackupJob>(j => j.WithIdentity(NightlyBackupJob.Key));
            q.AddTrigger(t => t.ForJob(NightlyBackupJob.Key)
                .WithCronSchedule("0 30 3 * * ?", c => c.InTimeZone(Application.Common.BerlinTime.Zone)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
