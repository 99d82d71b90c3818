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
/// Analytics as SQL aggregates. The period filter is on <c>COALESCE(ended_at, started_at)</c> (indexed) with the UTC
/// bounds of the Berlin dates, so DST switches are handled by <see cref="BerlinDateRange"/>. Money sums are computed in
/// SQLite as REAL over the full-precision revision amounts and rounded to cents once, at the end.
/// </summary>
public sealed class AnalyticsQueries(SqliteConnectionFactory connections) : IAnalyticsQueries
{
    private const string EffectiveEnd = "COALESCE(j.ended_at, j.started_at)";
    private const string PrintSeconds = "MAX(j.actual_seconds - j.paused_seconds, 0)";

    /// <summary>Weighed grams, else the estimate scaled by progress for jobs that did not complete.</summary>
    private const string Grams =
        """
        COALESCE(CAST(j.material_used_grams AS REAL),
                 CAST(j.material_estimated_grams AS REAL) * (CASE WHEN j.status = 'completed' THEN 1.0 ELSE MIN(MAX(CAST(j.progress_percent AS REAL), 0), 100) / 100.0 END),
                 0.0)
        """;

    private const string CostColumns =
        """
        COUNT(c.job_id) AS JobsWithCost,
        SUM(CAST(c.material AS REAL)) AS Material, SUM(CAST(c.energy AS REAL)) AS Energy, SUM(CAST(c.machine AS REAL)) AS Machine,
        SUM(CAST(c.labour AS REAL)) AS Labour, SUM(CAST(c.failure_allowance AS REAL)) AS FailureAllowance, SUM(CAST(c.total AS REAL)) AS Total
        """;

    private const string CostJoin = " LEFT JOIN job_costs c ON c.job_id = j.id AND c.is_latest = 1";

    public async Task<AnalyticsSummaryDto> SummaryAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter);
        // ONE pass over the period's jobs (joined with their latest revision), grouped by status × category × material;
        // every figure of the summary is derived from these few groups in memory.
        const string Estimated = "j.status = 'completed' AND j.estimated_seconds > 0 AND " + PrintSeconds + " > 0";
        var sql =
            $"""
            SELECT j.status AS Status, j.category AS Category, COALESCE(NULLIF(TRIM(j.material_type), ''), '(unknown)') AS MaterialType,
                   COUNT(*) AS Jobs, SUM({PrintSeconds}) AS Seconds, SUM({Grams}) AS Grams,
                   SUM(CASE WHEN {Estimated} THEN 1 ELSE 0 END) AS EstimateJobs,
                   SUM(CASE WHEN {Estimated} THEN j.estimated_seconds ELSE 0 END) AS EstimatedSeconds,
                   SUM(CASE WHEN {Estimated} THEN {PrintSeconds} ELSE 0 END) AS EstimateActualSeconds,
                   SUM(CASE WHEN {Estimated} THEN ABS({PrintSeconds} - j.estimated_seconds) * 1.0 / {PrintSeconds} ELSE 0.0 END) AS AbsoluteErrors,
                   {CostColumns}
            FROM jobs j{CostJoin} WHERE {where} GROUP BY 1, 2, 3
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
                    MaterialCost = Money.Round((decimal)m.Sum(g => g.Material ?? 0)),
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
        var (where, parameters) = Where(filter, printerColumn: "p.id");
        // The job conditions go into the join, so printers without jobs in the period are listed with zeros.
        var sql =
            $"""
            SELECT p.id AS PrinterId, p.name AS PrinterName, COUNT(j.id) AS Jobs,
                   SUM(CASE WHEN j.status = 'completed' THEN 1 ELSE 0 END) AS Completed,
                   SUM({PrintSeconds}) AS Seconds,
                   SUM(CASE WHEN j.category = 'business' THEN {PrintSeconds} ELSE 0 END) AS BusinessSeconds,
                   SUM(CASE WHEN j.category = 'private' THEN {PrintSeconds} ELSE 0 END) AS PrivateSeconds,
                   {CostColumns}
            FROM printers p
            LEFT JOIN jobs j ON j.printer_id = p.id AND {where.Replace("p.id = @PrinterId AND ", string.Empty, StringComparison.Ordinal)}
            {CostJoin}
            {(filter.PrinterId is null ? string.Empty : "WHERE p.id = @PrinterId")}
            GROUP BY p.id, p.name ORDER BY p.name COLLATE NOCASE
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
        // Month index from the UTC bounds of each Berlin month (DST-correct), as parameters.
        var bucket = new StringBuilder("CASE");
        for (var i = 0; i < months.Count; i++)
        {
            var name = "M" + i.ToString(CultureInfo.InvariantCulture);
            bucket.Append(CultureInfo.InvariantCulture, $" WHEN {EffectiveEnd} < @{name} THEN {i}");
            parameters.Add(name, DapperTypeHandlers.ToText(months[i].EndUtc));
        }

        bucket.Append(" END");
        var sql =
            $"""
            SELECT {bucket} AS Bucket, COUNT(*) AS Jobs, SUM(CASE WHEN j.status = 'completed' THEN 1 ELSE 0 END) AS Completed,
                   SUM({PrintSeconds}) AS Seconds, SUM({Grams}) AS Grams,
                   SUM(CASE WHEN j.category = 'business' THEN CAST(c.total AS REAL) - CAST(c.failure_allowance AS REAL) ELSE 0.0 END) AS BusinessActual,
                   SUM(CASE WHEN j.category = 'private' THEN CAST(c.total AS REAL) - CAST(c.failure_allowance AS REAL) ELSE 0.0 END) AS PrivateActual,
                   {CostColumns}
            FROM jobs j{CostJoin} WHERE {where} GROUP BY Bucket
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
                BusinessActualCost = Money.Round((decimal)(r?.BusinessActual ?? 0)),
                PrivateActualCost = Money.Round((decimal)(r?.PrivateActual ?? 0)),
            };
        }).ToList();
    }

    private static async Task<IReadOnlyList<MaterialAnalyticsDto>> MaterialsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string where, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var sql =
            $"""
            SELECT COALESCE(NULLIF(TRIM(j.material_type), ''), '(unknown)') AS MaterialType, COUNT(*) AS Jobs, SUM({Grams}) AS Grams,
                   SUM(CAST(c.material AS REAL)) AS MaterialCost
            FROM jobs j{CostJoin} WHERE {where} GROUP BY 1 ORDER BY 3 DESC
            """;
        var rows = await connection.QueryAsync<MaterialRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new MaterialAnalyticsDto
        {
            MaterialType = r.MaterialType,
            Jobs = (int)r.Jobs,
            Grams = Math.Round((decimal)(r.Grams ?? 0), 1),
            MaterialCost = Money.Round((decimal)(r.MaterialCost ?? 0)),
        }).ToList();
    }

    private static (string Where, DynamicParameters Parameters) Where(AnalyticsFilter filter, string printerColumn = "j.printer_id")
    {
        var parameters = new DynamicParameters();
        var where = new List<string>();
        if (filter.PrinterId is { } printerId)
        {
            where.Add(printerColumn == "p.id" ? "p.id = @PrinterId" : "j.printer_id = @PrinterId");
            parameters.Add("PrinterId", printerId);
        }

        where.Add($"{EffectiveEnd} >= @From AND {EffectiveEnd} < @To");
        parameters.Add("From", DapperTypeHandlers.ToText(filter.Period.StartUtc));
        parameters.Add("To", DapperTypeHandlers.ToText(filter.Period.EndUtc));
        if (filter.Category is { } category)
        {
            where.Add("j.category = @Category");
            parameters.Add("Category", EnumText.ToText(category));
        }

        return (string.Join(" AND ", where), parameters);
    }

    private static decimal Hours(long seconds) => Math.Round(seconds / 3600m, 2);

    private static decimal Utilization(long seconds, decimal availableHours) =>
        availableHours <= 0m ? 0m : Math.Round(seconds / 3600m * 100m / availableHours, 2);

    private static CostTotalsDto Totals(IEnumerable<ICostSums> rows)
    {
        var list = rows.ToList();
        decimal Sum(Func<ICostSums, double?> pick) => (decimal)list.Sum(r => pick(r) ?? 0);
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
        double? Material { get; }
        double? Energy { get; }
        double? Machine { get; }
        double? Labour { get; }
        double? FailureAllowance { get; }
        double? Total { get; }
    }

    private class CostSums : ICostSums
    {
        public long JobsWithCost { get; init; }
        public double? Material { get; init; }
        public double? Energy { get; init; }
        public double? Machine { get; init; }
        public double? Labour { get; init; }
        public double? FailureAllowance { get; init; }
        public double? Total { get; init; }
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
        public double? BusinessActual { get; init; }
        public double? PrivateActual { get; init; }
    }

    private sealed class MaterialRow
    {
        public string MaterialType { get; init; } = "";
        public long Jobs { get; init; }
        public double? Grams { get; init; }
        public double? MaterialCost { get; init; }
    }
}
