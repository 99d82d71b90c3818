using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Common;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Keeps the analytics rollup <c>job_daily_totals</c> (migration 0008) exactly in step with <c>jobs</c> and the latest
/// <c>job_costs</c> revisions: every writer of a figure the rollup holds (tracking data, status and end, category,
/// material, a new cost revision) calls <see cref="RefreshAsync"/> in its own transaction for the job's (printer, Berlin
/// day) before and after the change. A refresh recomputes the day's rows of that printer from the jobs (no +/- deltas,
/// so a refresh is always right however often it runs). Open jobs (printing/paused) are not in the rollup; analytics
/// adds them live.
/// </summary>
public static class JobDailyTotals
{
    /// <summary>Statuses of open jobs (never in the rollup).</summary>
    public const string OpenStatuses = "('printing', 'paused')";

    /// <summary>The normalized material type (the rollup key and the analytics label).</summary>
    public const string MaterialType = "COALESCE(NULLIF(TRIM(j.material_type), ''), '(unknown)')";

    /// <summary>Print time without pauses.</summary>
    public const string PrintSeconds = "MAX(j.actual_seconds - j.paused_seconds, 0)";

    /// <summary>
    /// The rollup's value columns as aggregates over <c>jobs j LEFT JOIN job_costs c</c> (latest revision), in the order
    /// of <see cref="ValueColumns"/>. Money is each job's one value (cents, total = sum of the parts, private without
    /// labour: the same figures as the job page and the exports), summed exactly. The same expressions rebuild the table
    /// in migration 0011.
    /// </summary>
    public const string Aggregates =
        """
        COUNT(*),
        SUM(MAX(j.actual_seconds - j.paused_seconds, 0)),
        TOTAL(COALESCE(CAST(j.material_used_grams AS REAL),
                       CAST(j.material_estimated_grams AS REAL) * (CASE WHEN j.status = 'completed' THEN 1.0 ELSE MIN(MAX(CAST(j.progress_percent AS REAL), 0), 100) / 100.0 END),
                       0.0)),
        SUM(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0 THEN 1 ELSE 0 END),
        SUM(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0 THEN j.estimated_seconds ELSE 0 END),
        SUM(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0 THEN MAX(j.actual_seconds - j.paused_seconds, 0) ELSE 0 END),
        TOTAL(CASE WHEN j.status = 'completed' AND j.estimated_seconds > 0 AND MAX(j.actual_seconds - j.paused_seconds, 0) > 0
                   THEN ABS(MAX(j.actual_seconds - j.paused_seconds, 0) - j.estimated_seconds) * 1.0 / MAX(j.actual_seconds - j.paused_seconds, 0) ELSE 0.0 END),
        COUNT(c.job_id),
        pz_decimal_sum(pz_cents(c.material)), pz_decimal_sum(pz_cents(c.energy)), pz_decimal_sum(pz_cents(c.machine)),
        pz_decimal_sum(pz_job_labour(j.category, c.labour)), pz_decimal_sum(pz_cents(c.failure_allowance)),
        pz_decimal_sum(pz_job_total(j.category, c.material, c.energy, c.machine, c.labour, c.failure_allowance))
        """;

    public const string ValueColumns =
        "jobs, print_seconds, grams, estimate_jobs, estimated_seconds, estimate_actual_seconds, absolute_errors, jobs_with_cost, " +
        "material, energy, machine, labour, failure_allowance, total";

    public const string CostJoin = "LEFT JOIN job_costs c ON c.job_id = j.id AND c.is_latest = 1";

    private const string Refresh =
        $"""
        DELETE FROM job_daily_totals WHERE day = @Day AND printer_id = @PrinterId;
        INSERT INTO job_daily_totals (day, printer_id, category, status, material_type, {ValueColumns})
        SELECT @Day, j.printer_id, j.category, j.status, {MaterialType}, {Aggregates}
        FROM jobs j {CostJoin}
        WHERE j.printer_id = @PrinterId AND COALESCE(j.ended_at, j.started_at) >= @From AND COALESCE(j.ended_at, j.started_at) < @To
          AND j.status NOT IN {OpenStatuses}
        GROUP BY 2, 3, 4, 5;
        """;

    /// <summary>
    /// The rollup computed straight from the jobs (the backfill of migration 0008): rows in the shape of the table,
    /// <c>day</c> from <c>pz_berlin_date</c>. Used to rebuild the table and to check it.
    /// </summary>
    public const string Recompute =
        $"""
        SELECT pz_berlin_date(COALESCE(j.ended_at, j.started_at)) AS day, j.printer_id, j.category, j.status, {MaterialType} AS material_type,
               {Aggregates}
        FROM jobs j {CostJoin}
        WHERE j.status NOT IN {OpenStatuses}
        GROUP BY 1, 2, 3, 4, 5
        """;

    /// <summary>Replaces the whole rollup with <see cref="Recompute"/> (after bulk loads that bypass the repositories).</summary>
    public static async Task RebuildAsync(SqliteConnection connection, IDbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM job_daily_totals; INSERT INTO job_daily_totals (day, printer_id, category, status, material_type, {ValueColumns}) {Recompute};",
            transaction: transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>Where a job counts now (null when the job does not exist).</summary>
    public static async Task<JobTotalsKey?> ReadKeyAsync(SqliteConnection connection, IDbTransaction transaction, Guid jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            "SELECT printer_id AS PrinterId, status AS Status, COALESCE(ended_at, started_at) AS EffectiveEnd FROM jobs WHERE id = @Id",
            new { Id = jobId.ToString("D") },
            transaction,
            cancellationToken: cancellationToken));
        return row is null ? null : new JobTotalsKey(row.PrinterId, row.Status, row.EffectiveEnd);
    }

    /// <summary>Recomputes the rollup rows of every distinct (printer, day) of the given keys that hold an ended job.</summary>
    public static async Task RefreshAsync(SqliteConnection connection, IDbTransaction transaction, IEnumerable<JobTotalsKey?> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keys);
        var days = keys.OfType<JobTotalsKey>().Where(k => !k.IsOpen).Select(k => (k.PrinterId, k.Day)).Distinct().ToList();
        foreach (var (printerId, day) in days)
        {
            await connection.ExecuteAsync(new CommandDefinition(Refresh, new
            {
                Day = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PrinterId = printerId,
                From = DapperTypeHandlers.ToText(BerlinTime.StartOfDayUtc(day)),
                To = DapperTypeHandlers.ToText(BerlinTime.StartOfDayUtc(day.AddDays(1))),
            }, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Recomputes the rollup rows of one job's (printer, day) before and after a change made by <paramref name="change"/>.</summary>
    public static async Task ChangeAsync(SqliteConnection connection, IDbTransaction transaction, Guid jobId, Func<Task> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = await ReadKeyAsync(connection, transaction, jobId, cancellationToken);
        await change();
        var after = await ReadKeyAsync(connection, transaction, jobId, cancellationToken);
        await RefreshAsync(connection, transaction, [before, after], cancellationToken);
    }

    private sealed class KeyRow
    {
        public string PrinterId { get; init; } = "";
        public string Status { get; init; } = "";
        public string EffectiveEnd { get; init; } = "";
    }
}
