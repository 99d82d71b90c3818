using System.Data;
using System.Globalization;
using Dapper;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Infrastructure.Persistence.Repositories;

/// <summary>Jobs in SQLite. Tracking writes and user edits touch separate columns.</summary>
public sealed class JobRepository(SqliteConnectionFactory connections, TimeProvider timeProvider) : IJobRepository
{
    internal const string SelectColumns =
        """
        SELECT j.id AS Id, j.printer_id AS PrinterId, j.external_id AS ExternalId, j.name AS Name, j.file_name AS FileName,
               j.file_path AS FilePath, j.status AS Status, j.started_at AS StartedAt, j.ended_at AS EndedAt,
               j.end_time_estimated AS EndTimeEstimated, j.estimated_seconds AS EstimatedSeconds, j.paused_seconds AS PausedSeconds,
               j.paused_since AS PausedSince, j.progress_percent AS ProgressPercent, j.remaining_seconds AS RemainingSeconds,
               j.current_layer AS CurrentLayer, j.total_layers AS TotalLayers, j.material_type AS MaterialType,
               j.material_estimated_grams AS MaterialEstimatedGrams, j.material_used_grams AS MaterialUsedGrams,
               j.category AS Category, j.customer_id AS CustomerId, j.order_id AS OrderId, j.spool_id AS SpoolId, j.notes AS Notes,
               j.last_seen_at AS LastSeenAt, j.updated_at AS UpdatedAt
        FROM jobs j
        """;

    public async Task<PrintJob?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE j.id = @Id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToJob();
    }

    public async Task<PrintJob?> GetOpenForPrinterAsync(Guid printerId, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE j.printer_id = @PrinterId AND j.status IN ('printing', 'paused')";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(sql, new { PrinterId = printerId }, cancellationToken: cancellationToken));
        return row?.ToJob();
    }

    public async Task<PrintJob?> FindLatestByExternalIdAsync(Guid printerId, string externalId, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE j.printer_id = @PrinterId AND j.external_id = @ExternalId ORDER BY j.started_at DESC LIMIT 1";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(sql, new { PrinterId = printerId, ExternalId = externalId }, cancellationToken: cancellationToken));
        return row?.ToJob();
    }

    public async Task<IReadOnlyList<PrintJob>> ListOpenAsync(CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE j.status IN ('printing', 'paused')";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<JobRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToJob()).ToList();
    }

    public async Task SaveTrackingAsync(IReadOnlyList<PrintJob> jobs, IReadOnlyList<JobEventRecord> events, CancellationToken cancellationToken)
    {
        const string upsert =
            """
            INSERT INTO jobs (id, printer_id, external_id, name, file_name, file_path, status, started_at, ended_at, end_time_estimated,
                              estimated_seconds, paused_seconds, paused_since, progress_percent, remaining_seconds, current_layer,
                              total_layers, material_type, material_estimated_grams, material_used_grams, category, last_seen_at,
                              updated_at, actual_seconds)
            VALUES (@Id, @PrinterId, @ExternalId, @Name, @FileName, @FilePath, @Status, @StartedAt, @EndedAt, @EndTimeEstimated,
                    @EstimatedSeconds, @PausedSeconds, @PausedSince, @ProgressPercent, @RemainingSeconds, @CurrentLayer,
                    @TotalLayers, @MaterialType, @MaterialEstimatedGrams, @MaterialUsedGrams, @Category, @LastSeenAt,
                    @UpdatedAt, @ActualSeconds)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, file_name = excluded.file_name, file_path = excluded.file_path, status = excluded.status,
                ended_at = excluded.ended_at, end_time_estimated = excluded.end_time_estimated,
                estimated_seconds = excluded.estimated_seconds, paused_seconds = excluded.paused_seconds,
                paused_since = excluded.paused_since, progress_percent = excluded.progress_percent,
                remaining_seconds = excluded.remaining_seconds, current_layer = excluded.current_layer,
                total_layers = excluded.total_layers, material_type = COALESCE(jobs.material_type, excluded.material_type),
                material_estimated_grams = COALESCE(jobs.material_estimated_grams, excluded.material_estimated_grams),
                material_used_grams = COALESCE(jobs.material_used_grams, excluded.material_used_grams),
                last_seen_at = excluded.last_seen_at, updated_at = excluded.updated_at, actual_seconds = excluded.actual_seconds
            """;
        const string insertEvent = "INSERT INTO job_events (job_id, kind, occurred_at, detail) VALUES (@JobId, @Kind, @At, @Detail)";

        var now = timeProvider.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        foreach (var job in jobs)
        {
            // The analytics rollup holds ended jobs only: a write of a job that is open before and after costs one key read.
            var before = await JobDailyTotals.ReadKeyAsync(connection, transaction, job.Id, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(upsert, ToParameters(job, now), transaction, cancellationToken: cancellationToken));
            if (before is { IsOpen: false } || !job.IsOpen)
            {
                var after = await JobDailyTotals.ReadKeyAsync(connection, transaction, job.Id, cancellationToken);
                await JobDailyTotals.RefreshAsync(connection, transaction, [before, after], cancellationToken);
            }
        }

        foreach (var evt in events)
        {
            await connection.ExecuteAsync(new CommandDefinition(insertEvent, new { evt.JobId, Kind = EnumText.ToText(evt.Kind), evt.At, evt.Detail }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveEditsAsync(PrintJob job, JobEventRecord edit, CancellationToken cancellationToken)
    {
        const string update =
            """
            UPDATE jobs SET category = @Category, customer_id = @CustomerId, notes = @Notes,
                   material_used_grams = @MaterialUsedGrams, spool_id = @SpoolId, updated_at = @UpdatedAt
            WHERE id = @Id
            """;
        const string insertEvent = "INSERT INTO job_events (job_id, kind, occurred_at, detail) VALUES (@JobId, @Kind, @At, @Detail)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await JobDailyTotals.ChangeAsync(connection, transaction, job.Id, () => connection.ExecuteAsync(new CommandDefinition(update, new
        {
            job.Id,
            Category = EnumText.ToText(job.Category),
            CustomerId = job.CustomerId?.ToString("D"),
            job.Notes,
            MaterialUsedGrams = job.MaterialUsedGrams?.ToString(CultureInfo.InvariantCulture),
            SpoolId = job.SpoolId?.ToString("D"),
            job.UpdatedAt,
        }, transaction, cancellationToken: cancellationToken)), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(insertEvent, new { edit.JobId, Kind = EnumText.ToText(edit.Kind), edit.At, edit.Detail }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static object ToParameters(PrintJob job, DateTimeOffset now) => new
    {
        job.Id,
        job.PrinterId,
        job.ExternalId,
        job.Name,
        job.FileName,
        job.FilePath,
        Status = EnumText.ToText(job.Status),
        job.StartedAt,
        job.EndedAt,
        EndTimeEstimated = job.EndTimeEstimated ? 1 : 0,
        job.EstimatedSeconds,
        job.PausedSeconds,
        job.PausedSince,
        ProgressPercent = job.ProgressPercent.ToString(CultureInfo.InvariantCulture),
        job.RemainingSeconds,
        job.CurrentLayer,
        job.TotalLayers,
        job.MaterialType,
        MaterialEstimatedGrams = job.MaterialEstimatedGrams?.ToString(CultureInfo.InvariantCulture),
        MaterialUsedGrams = job.MaterialUsedGrams?.ToString(CultureInfo.InvariantCulture),
        Category = EnumText.ToText(job.Category),
        job.LastSeenAt,
        job.UpdatedAt,
        ActualSeconds = job.ActualSeconds(job.EndedAt ?? now),
    };
}
