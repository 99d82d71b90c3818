using System.Globalization;
using System.Text;
using Dapper;
using Printernizer.Application.Analytics;
using Printernizer.Application.Common;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Costs;

/// <summary>
/// Analytics from the daily rollup <c>job_daily_totals</c> (ended jobs per Berlin day × printer × category × status ×
/// material type, kept in step by the writers, see <see cref="JobDailyTotals"/>) plus the open jobs computed live (at
/// most one per printer). A period is whole Berlin days (<see cref="BerlinDateRange"/>), so it is exactly the rollup rows
/// with <c>day</c> in [from, to] — no partial days. Money is summed exactly (<c>pz_decimal_sum</c>, decimal) and rounded
/// to cents once, at the end.
/// </summary>
public sealed class AnalyticsQueries(SqliteConnectionFactory connections) : IAnalyticsQueries
{
    private const string CostColumns =
        """
        SUM(t.jobs_with_cost) AS JobsWithCost,
        pz_decimal_sum(t.material) AS Material, pz_decimal_sum(t.energy) AS Energy, pz_decimal_sum(t.machine) AS Machine,
        pz_decimal_sum(t.labour) AS Labour, pz_decimal_sum(t.failure_allowance) AS FailureAllowance, pz_decimal_sum(t.total) AS Total
        """;

    public async Task<AnalyticsSummaryDto> SummaryAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter);
        // The period's rows grouped by status × category × material; every figure of the summary derives from them.
        var sql =
            $"""
            {Totals(where)}
            SELECT t.status AS Status, t.category AS Category, t.material_type AS MaterialType,
                   SUM(t.jobs) AS Jobs, SUM(t.print_seconds) AS Seconds, TOTAL(t.grams) AS Grams,
                   SUM(t.estimate_jobs) AS EstimateJobs, SUM(t.estimated_seconds) AS EstimatedSeconds,
                   SUM(t.estimate_actual_seconds) AS EstimateActualSeconds, TOTAL(t.absolute_errors) AS AbsoluteErrors,
                   {CostColumns}
            FROM t GROUP BY 1, 2, 3
            """;
        var printersSql = filter.PrinterId is null ? "SELECT COUNT(*) FROM printers" : "SELECT COUNT(*) FROM printers WHERE id = @PrinterId";

        await using var connection = await connections.OpenAsync(cancellationToken);
        var groups = (await connection.QueryAsync<SummaryRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
        var printerCount = (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(printersSql, parameters, cancellationToken: cancellationToken));

        var jobs = groups.Sum(g => (int)g.Jobs);
        var seconds = groups.Sum(g => g.Seconds ?? 0);
        var completed = groups.Where(g => g.Status == "completed").Sum(g => (int)g.Jobs);
        var ended = groups.Where(g => g.Status is not ("printing" or "paused")).Sum(g => (int)g.Jobs);
        var available = filter.AvailableHours;
        var estimateJobs = groups.Sum(g => g.EstimateJobs ?? 0);
        var estimated = groups.Sum(g => g.EstimatedSeconds ?? 0);
        var actual = groups.Sum(g => g.EstimateActualSeconds ?? 0);
        var absoluteErrors = groups.Sum(g => g.AbsoluteErrors ?? 0);
        return new AnalyticsSummaryDto
        {
            From = filter.Period.From,
            To = filter.Period.To,
            Category = filter.Category,
            PrinterId = filter.PrinterId,
            Jobs = jobs,
            JobsByStatus = Enum.GetValues<JobStatus>()
                .Select(s => new StatusCountDto(s, groups.Where(g => g.Status == EnumText.ToText(s)).Sum(g => (int)g.Jobs)))
                .ToList(),
            PrintHours = Hours(seconds),
            SuccessRatePercent = ended == 0 ? null : Math.Round(completed * 100m / ended, 1),
            AvailableHours = Math.Round(available, 2),
            Printers = printerCount,
            UtilizationPercent = Utilization(seconds, available * printerCount),
            MaterialByType = groups.GroupBy(g => g.MaterialType, StringComparer.Ordinal)
                .Select(m => new MaterialAnalyticsDto
                {
                    MaterialType = m.Key,
                    Jobs = m.Sum(g => (int)g.Jobs),
                    Grams = Math.Round((decimal)m.Sum(g => g.Grams ?? 0), 1),
                    MaterialCost = Money.Round(m.Sum(g => D(g.Material))),
                })
                .OrderByDescending(m => m.Grams).ThenBy(m => m.MaterialType, StringComparer.Ordinal)
                .ToList(),
            Cost = Totals(groups),
            ByCategory = Enum.GetValues<JobCategory>().Select(category =>
            {
                var rows = groups.Where(g => g.Category == EnumText.ToText(category)).ToList();
                var categorySeconds = rows.Sum(r => r.Seconds ?? 0);
                return new CategorySplitDto
                {
                    Category = category,
                    Jobs = rows.Sum(r => (int)r.Jobs),
                    PrintHours = Hours(categorySeconds),
                    PrintHoursPercent = seconds == 0 ? 0m : Math.Round(categorySeconds * 100m / seconds, 1),
                    Cost = Totals(rows),
                };
            }).ToList(),
            EstimateAccuracy = new EstimateAccuracyDto
            {
                Jobs = (int)estimateJobs,
                EstimatedHours = Hours(estimated),
                ActualHours = Hours(actual),
                MapePercent = estimateJobs == 0 ? null : Math.Round((decimal)(absoluteErrors / estimateJobs) * 100m, 1),
                BiasPercent = estimated > 0 ? Math.Round((actual - estimated) * 100m / estimated, 1) : null,
            },
        };
    }

    public async Task<IReadOnlyList<PrinterAnalyticsDto>> ByPrinterAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter);
        // LEFT JOIN from printers, so printers without jobs in the period are listed with zeros.
        var sql =
            $"""
            {Totals(where)}
            , x AS (
                SELECT t.printer_id, SUM(t.jobs) AS Jobs,
                       SUM(CASE WHEN t.status = 'completed' THEN t.jobs ELSE 0 END) AS Completed,
                       SUM(t.print_seconds) AS Seconds,
                       SUM(CASE WHEN t.category = 'business' THEN t.print_seconds ELSE 0 END) AS BusinessSeconds,
                       SUM(CASE WHEN t.category = 'private' THEN t.print_seconds ELSE 0 END) AS PrivateSeconds,
                       {CostColumns}
                FROM t GROUP BY t.printer_id)
            SELECT p.id AS PrinterId, p.name AS PrinterName, COALESCE(x.Jobs, 0) AS Jobs, x.Completed, x.Seconds, x.BusinessSeconds,
                   x.PrivateSeconds, COALESCE(x.JobsWithCost, 0) AS JobsWithCost, x.Material, x.Energy, x.Machine, x.Labour,
                   x.FailureAllowance, x.Total
            FROM printers p LEFT JOIN x ON x.printer_id = p.id
            {(filter.PrinterId is null ? string.Empty : "WHERE p.id = @PrinterId")}
            ORDER BY p.name COLLATE NOCASE
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PrinterRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var available = filter.AvailableHours;
        return rows.Select(r => new PrinterAnalyticsDto
        {
            PrinterId = r.PrinterId,
            PrinterName = r.PrinterName,
            Jobs = (int)r.Jobs,
            Completed = (int)(r.Completed ?? 0),
            PrintHours = Hours(r.Seconds ?? 0),
            BusinessPrintHours = Hours(r.BusinessSeconds ?? 0),
            PrivatePrintHours = Hours(r.PrivateSeconds ?? 0),
            UtilizationPercent = Utilization(r.Seconds ?? 0, available),
            Cost = Totals([r]),
        }).ToList();
    }

    public async Task<IReadOnlyList<MaterialAnalyticsDto>> ByMaterialAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await MaterialsAsync(connection, where, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<MonthAnalyticsDto>> ByMonthAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter);
        var months = filter.Period.SplitByMonth();
        // Month index from the last Berlin day of each month of the period.
        var bucket = new StringBuilder("CASE");
        for (var i = 0; i < months.Count; i++)
        {
            var name = "M" + i.ToString(CultureInfo.InvariantCulture);
            bucket.Append(CultureInfo.InvariantCulture, $" WHEN t.day <= @{name} THEN {i}");
            parameters.Add(name, Day(months[i].To));
        }

        bucket.Append(" END");
        var sql =
            $"""
            {Totals(where)}
            SELECT {bucket} AS Bucket, SUM(t.jobs) AS Jobs, SUM(CASE WHEN t.status = 'completed' THEN t.jobs ELSE 0 END) AS Completed,
                   SUM(t.print_seconds) AS Seconds, TOTAL(t.grams) AS Grams,
                   pz_decimal_sum(CASE WHEN t.category = 'business' THEN t.total END) AS BusinessTotal,
                   pz_decimal_sum(CASE WHEN t.category = 'business' THEN t.failure_allowance END) AS BusinessAllowance,
                   pz_decimal_sum(CASE WHEN t.category = 'private' THEN t.total END) AS PrivateTotal,
                   pz_decimal_sum(CASE WHEN t.category = 'private' THEN t.failure_allowance END) AS PrivateAllowance,
                   {CostColumns}
            FROM t GROUP BY Bucket
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<MonthRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
            .Where(r => r.Bucket is not null).ToDictionary(r => (int)r.Bucket!.Value);
        return months.Select((m, i) =>
        {
            var r = rows.GetValueOrDefault(i);
            return new MonthAnalyticsDto
            {
                Month = m.From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                From = m.From,
                To = m.To,
                Jobs = (int)(r?.Jobs ?? 0),
                Completed = (int)(r?.Completed ?? 0),
                PrintHours = Hours(r?.Seconds ?? 0),
                MaterialGrams = Math.Round((decimal)(r?.Grams ?? 0), 1),
                Cost = r is null ? Totals([]) : Totals([r]),
                BusinessActualCost = Money.Round(D(r?.BusinessTotal) - D(r?.BusinessAllowance)),
                PrivateActualCost = Money.Round(D(r?.PrivateTotal) - D(r?.PrivateAllowance)),
            };
        }).ToList();
    }

    private static async Task<IReadOnlyList<MaterialAnalyticsDto>> MaterialsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, (string Rollup, string Live) where, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var sql =
            $"""
            {Totals(where)}
            SELECT t.material_type AS MaterialType, SUM(t.jobs) AS Jobs, TOTAL(t.grams) AS Grams, pz_decimal_sum(t.material) AS MaterialCost
            FROM t GROUP BY 1 ORDER BY 3 DESC, 1
            """;
        var rows = await connection.QueryAsync<MaterialRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new MaterialAnalyticsDto
        {
            MaterialType = r.MaterialType,
            Jobs = (int)r.Jobs,
            Grams = Math.Round((decimal)(r.Grams ?? 0), 1),
            MaterialCost = Money.Round(D(r.MaterialCost)),
        }).ToList();
    }

    /// <summary>
    /// The CTE <c>t</c>: rollup-shaped rows of the filter — the rollup's rows of the period's days, plus the open jobs
    /// aggregated the same way (read through the partial index of open jobs, not a scan of the period).
    /// </summary>
    private static string Totals((string Rollup, string Live) where) =>
        $"""
        WITH t AS (
            SELECT day, printer_id, category, status, material_type, {JobDailyTotals.ValueColumns}
            FROM job_daily_totals WHERE {where.Rollup}
            UNION ALL
            SELECT pz_berlin_date(COALESCE(j.ended_at, j.started_at)), j.printer_id, j.category, j.status, {JobDailyTotals.MaterialType},
                   {JobDailyTotals.Aggregates}
            FROM jobs j INDEXED BY ux_jobs_open_per_printer {JobDailyTotals.CostJoin}
            WHERE j.status IN {JobDailyTotals.OpenStatuses} AND {where.Live}
            GROUP BY 1, 2, 3, 4, 5)
        """;

    private static ((string Rollup, string Live) Where, DynamicParameters Parameters) Where(AnalyticsFilter filter)
    {
        var parameters = new DynamicParameters();
        var rollup = new List<string> { "day >= @FromDay AND day <= @ToDay" };
        var live = new List<string> { "COALESCE(j.ended_at, j.started_at) >= @From AND COALESCE(j.ended_at, j.started_at) < @To" };
        parameters.Add("FromDay", Day(filter.Period.From));
        parameters.Add("ToDay", Day(filter.Period.To));
        parameters.Add("From", DapperTypeHandlers.ToText(filter.Period.StartUtc));
        parameters.Add("To", DapperTypeHandlers.ToText(filter.Period.EndUtc));
        if (filter.PrinterId is { } printerId)
        {
            rollup.Add("printer_id = @PrinterId");
            live.Add("j.printer_id = @PrinterId");
            parameters.Add("PrinterId", printerId);
        }

        if (filter.Category is { } category)
        {
            rollup.Add("category = @Category");
            live.Add("j.category = @Category");
            parameters.Add("Category", EnumText.ToText(category));
        }

        return ((string.Join(" AND ", rollup), string.Join(" AND ", live)), parameters);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal D(string? sum) => sum is null ? 0m : SqliteFunctions.ParseDecimal(sum);
    private static decimal Hours(long seconds) => Math.Round(seconds / 3600m, 2);

    private static decimal Utilization(long seconds, decimal availableHours) =>
        availableHours <= 0m ? 0m : Math.Round(seconds / 3600m * 100m / availableHours, 2);

    private static CostTotalsDto Totals(IEnumerable<ICostSums> rows)
    {
        var list = rows.ToList();
        decimal Sum(Func<ICostSums, string?> pick) => list.Sum(r => D(pick(r)));
        var total = Sum(r => r.Total);
        var allowance = Sum(r => r.FailureAllowance);
        return new CostTotalsDto
        {
            Material = Money.Round(Sum(r => r.Material)),
            Energy = Money.Round(Sum(r => r.Energy)),
            Machine = Money.Round(Sum(r => r.Machine)),
            Labour = Money.Round(Sum(r => r.Labour)),
            FailureAllowance = Money.Round(allowance),
            Total = Money.Round(total),
            ActualCost = Money.Round(total - allowance),
            JobsWithCost = (int)list.Sum(r => r.JobsWithCost),
        };
    }

    private interface ICostSums
    {
        long JobsWithCost { get; }
        string? Material { get; }
        string? Energy { get; }
        string? Machine { get; }
        string? Labour { get; }
        string? FailureAllowance { get; }
        string? Total { get; }
    }

    private class CostSums : ICostSums
    {
        public long JobsWithCost { get; init; }
        public string? Material { get; init; }
        public string? Energy { get; init; }
        public string? Machine { get; init; }
        public string? Labour { get; init; }
        public string? FailureAllowance { get; init; }
        public string? Total { get; init; }
    }

    private sealed class SummaryRow : CostSums
    {
        public string Status { get; init; } = "";
        public string Category { get; init; } = "";
        public string MaterialType { get; init; } = "";
        public long Jobs { get; init; }
        public long? Seconds { get; init; }
        public double? Grams { get; init; }
        public long? EstimateJobs { get; init; }
        public long? EstimatedSeconds { get; init; }
        public long? EstimateActualSeconds { get; init; }
        public double? AbsoluteErrors { get; init; }
    }

    private sealed class PrinterRow : CostSums
    {
        public Guid PrinterId { get; init; }
        public string PrinterName { get; init; } = "";
        public long Jobs { get; init; }
        public long? Completed { get; init; }
        public long? Seconds { get; init; }
        public long? BusinessSeconds { get; init; }
        public long? PrivateSeconds { get; init; }
    }

    private sealed class MonthRow : CostSums
    {
        public long? Bucket { get; init; }
        public long Jobs { get; init; }
        public long? Completed { get; init; }
        public long? Seconds { get; init; }
        public double? Grams { get; init; }
        public string? BusinessTotal { get; init; }
        public string? BusinessAllowance { get; init; }
        public string? PrivateTotal { get; init; }
        public string? PrivateAllowance { get; init; }
    }

    private sealed class MaterialRow
    {
        public string MaterialType { get; init; } = "";
        public long Jobs { get; init; }
        public double? Grams { get; init; }
        public string? MaterialCost { get; init; }
    }
}
