using Microsoft.Extensions.DependencyInjection;
using Printernizer.Application.Exports;

namespace Printernizer.Infrastructure.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// The Exports feature: the export queries and journal, the DATEV document numbers, and the (stateless) writers —
    /// both <see cref="IJobExportWriter"/>s (pick one by <see cref="IJobExportWriter.Format"/>) and the
    /// <see cref="IDatevExportWriter"/>.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddScoped<IJobExportQueries, JobExportQueries>();
        services.AddScoped<IExportJournal, ExportJournal>();
        services.AddScoped<IDatevDocumentNumbers, DatevDocumentNumbers>();
        services.AddSingleton<IJobExportWriter>(new GermanCsvWriter());
        services.AddSingleton<IJobExportWriter>(new JobsWorkbookWriter());
        services.AddSingleton<IDatevExportWriter>(new DatevExtfWriter());
        return services;
    }
}
