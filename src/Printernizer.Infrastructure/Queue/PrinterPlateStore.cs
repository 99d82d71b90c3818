using Dapper;
using Printernizer.Application.Queue;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Queue;

/// <summary>Plate confirmations in <c>printer_plates</c>.</summary>
public sealed class PrinterPlateStore(SqliteConnectionFactory connections) : IPrinterPlateStore
{
    public async Task<PlateState> GetAsync(Guid printerId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT printer_id AS PrinterId, cleared_at AS ClearedAt, last_job_at AS LastJobAt FROM printer_plates WHERE printer_id = @PrinterId";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PlateRow>(new CommandDefinition(sql, new { PrinterId = printerId }, cancellationToken: cancellationToken));
        return row is null ? new PlateState(printerId, null, null) : new PlateState(printerId, row.ClearedAt, row.LastJobAt);
    }

    public async Task<IReadOnlyDictionary<Guid, PlateState>> GetAllAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT printer_id AS PrinterId, cleared_at AS ClearedAt, last_job_at AS LastJobAt FROM printer_plates";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PlateRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.PrinterId, r => new PlateState(r.PrinterId, r.ClearedAt, r.LastJobAt));
    }

    public async Task MarkClearedAsync(Guid printerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO printer_plates (printer_id, cleared_at) VALUES (@PrinterId, @At)
            ON CONFLICT (printer_id) DO UPDATE SET cleared_at = excluded.cleared_at
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { PrinterId = printerId, At = at }, cancellationToken: cancellationToken));
    }

    public async Task MarkJobStartedAsync(Guid printerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Never move last_job_at backwards (a job seen after its dispatch starts a little earlier than the dispatch).
        const string sql =
            """
            INSERT INTO printer_plates (printer_id, last_job_at) VALUES (@PrinterId, @At)
            ON CONFLICT (printer_id) DO UPDATE SET last_job_at = CASE WHEN last_job_at IS NULL OR last_job_at < excluded.last_job_at THEN excluded.last_job_at ELSE last_job_at END
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { PrinterId = printerId, At = at }, cancellationToken: cancellationToken));
    }

    private sealed class PlateRow
    {
        public Guid PrinterId { get; init; }
        public DateTimeOffset? ClearedAt { get; init; }
        public DateTimeOffset? LastJobAt { get; init; }
    }
}
