using Microsoft.Extensions.DependencyInjection;
using Printernizer.Application.Exports;

namespace Printernizer.Infrastructure.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the export writers: both <see cref="IJobExportWriter"/>s (pick one by <see cref="IJobExportWriter.Format"/>)
    /// and the <see cref="IDatevExportWriter"/>. They are stateless.
    /// </summary>
    public static IServiceCollection AddExportWriters(this IServiceCollection services)
    {
        services.AddSingleton<IJobExportWriter>(new GermanCsvWriter());
        services.AddSingleton<IJobExportWriter>(new JobsWorkbookWriter());
        services.AddSingleton<IDatevExportWriter>(new DatevExtfWriter());
        return services;
    }
}
