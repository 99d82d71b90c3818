using Microsoft.Extensions.DependencyInjection;
using Printernizer.Application.Costs;
using Printernizer.Infrastructure.Exports;

namespace Printernizer.Infrastructure.Costs;

public static class CostsServiceCollectionExtensions
{
    /// <summary>
    /// Costs and analytics: versioned cost/DATEV settings, frozen cost revisions, the live cost reader used by job
    /// queries, analytics SQL; and the Exports feature (<see cref="ExportServiceCollectionExtensions.AddExports"/>). <see cref="IMaterialPriceLookup"/>
    /// is <see cref="MaterialPriceLookup"/> (spool → material price, else the cheapest material of the type).
    /// </summary>
    public static IServiceCollection AddCosts(this IServiceCollection services)
    {
        services.AddScoped<ICostSettingsRepository, CostSettingsRepository>();
        services.AddScoped<IJobCostRepository, JobCostRepository>();
        services.AddScoped<IMaterialPriceLookup, MaterialPriceLookup>();
        services.AddScoped<Application.Orders.IJobCostLookup, FrozenJobCostLookup>();
        services.AddScoped<JobCostReader>();
        services.AddScoped<JobCostService>();
        services.AddScoped<Application.Analytics.IAnalyticsQueries, AnalyticsQueries>();
        services.AddExports();
        return services;
    }
}
