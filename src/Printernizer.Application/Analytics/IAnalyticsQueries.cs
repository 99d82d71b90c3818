namespace Printernizer.Application.Analytics;

/// <summary>
/// SQL aggregates over jobs and their latest cost revisions (Dapper in Infrastructure). A job belongs to the Berlin date
/// of its end (of its start while still open); costs count only frozen revisions (actual cost without failure allowance
/// is reported separately from the Selbstkosten total).
/// </summary>
public interface IAnalyticsQueries
{
    Task<AnalyticsSummaryDto> SummaryAsync(AnalyticsFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<PrinterAnalyticsDto>> ByPrinterAsync(AnalyticsFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<MaterialAnalyticsDto>> ByMaterialAsync(AnalyticsFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<MonthAnalyticsDto>> ByMonthAsync(AnalyticsFilter filter, CancellationToken cancellationToken);
}
