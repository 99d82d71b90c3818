using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Printernizer.Application.Common;
using Printernizer.Application.Files;
using Printernizer.Infrastructure.Files.Sources;
using Printernizer.Infrastructure.Persistence.Queries;
using Printernizer.Infrastructure.Persistence.Repositories;
using Printernizer.Ftps;
using Printernizer.Infrastructure.Scheduling;
using Quartz;

namespace Printernizer.Infrastructure.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>
    /// Printer files: options (<c>Printernizer:Files</c>), repository and queries, the local library, the file sources per
    /// printer kind, the background transfer queue (hosted) and the scheduled sync and cleanup jobs.
    /// </summary>
    public static IServiceCollection AddPrinterFiles(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Printernizer:Files").Get<FilesOptions>() ?? new FilesOptions());
        services.TryAddSingleton<FileChangeSignal>();
        services.AddScoped<IFileRepository, FileRepository>();
        services.AddScoped<IFileQueries, FileQueries>();
        services.AddSingleton<LocalFileLibrary>();
        services.AddSingleton<ILocalFileLibrary>(sp => sp.GetRequiredService<LocalFileLibrary>());
        services.AddSingleton<SimulatedFileStore>();
        services.AddSingleton<PrusaFolderCache>();
        services.TryAddSingleton<FtpsSessionGate>();
        services.AddSingleton<IPrinterFileSourceFactory, PrinterFileSourceFactory>();
        services.AddSingleton<FileDownloader>();
        services.AddSingleton<FileTransferService>();
        services.AddSingleton<IFileTransfers>(sp => sp.GetRequiredService<FileTransferService>());
        services.AddHostedService(sp => sp.GetRequiredService<FileTransferService>());

        // A second AddQuartz call adds to the one scheduler (registration is additive); values come from FilesOptions.
        services.AddQuartz(q =>
        {
            q.AddJob<SyncPrinterFilesJob>((_, j) => j.WithIdentity(SyncPrinterFilesJob.Key));
            q.AddTrigger<SyncPrinterFilesJob>((sp, t) =>
            {
                var files = sp.GetRequiredService<FilesOptions>();
                t.ForJob(SyncPrinterFilesJob.Key)
                    .StartAt(sp.GetRequiredService<TimeProvider>().GetUtcNow().AddSeconds(Math.Max(1, files.InitialSyncDelaySeconds)))
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(Math.Max(1, files.SyncIntervalMinutes))).RepeatForever());
            });
            q.AddJob<CleanupFilesJob>((_, j) => j.WithIdentity(CleanupFilesJob.Key).StoreDurably());
            q.AddTrigger<CleanupFilesJob>((sp, t) =>
            {
                var files = sp.GetRequiredService<FilesOptions>();
                var at = TimeOnly.TryParseExact(files.CleanupTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : new TimeOnly(3, 30);
                t.ForJob(CleanupFilesJob.Key)
                    .WithCronSchedule(string.Create(CultureInfo.InvariantCulture, $"0 {at.Minute} {at.Hour} * * ?"), c => c.InTimeZone(BerlinTime.Zone));
            });
        });
        return services;
    }
}
