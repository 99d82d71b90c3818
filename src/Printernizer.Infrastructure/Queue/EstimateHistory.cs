using Dapper;
using Printernizer.Application.Queue;
using Printernizer.Domain.Queue;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Queue;

/// <summary>Completed jobs with estimates from the jobs table (actual = wall-clock minus paused time).</summary>
public sealed class EstimateHistory(SqliteConnectionFactory connections) : IEstimateHistory
{
    public async Task<IReadOnlyList<EstimateSample>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT printer_id AS PrinterId, material_type AS MaterialType, estimated_seconds AS EstimatedSeconds,
                   actual_seconds - paused_seconds AS ActualSeconds, ended_at AS EndedAt
            FROM jobs
            WHERE status = 'completed' AND end_time_estimated = 0 AND estimated_seconds > 0 AND ended_at IS NOT NULL
                  AND actual_seconds - paused_seconds > 0
            ORDER BY ended_at DESC
            LIMIT @Limit
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SampleRow>(new CommandDefinition(sql, new { Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new EstimateSample(r.PrinterId, r.MaterialType, (int)r.EstimatedSeconds, (int)r.ActualSeconds, r.EndedAt)).ToList();
    }

    public async Task<IReadOnlyList<JobOutcomeCount>> CountOutcomesAsync(CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT printer_id AS PrinterId, material_type AS MaterialType,
                   SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS Completed,
                   SUM(CASE WHEN status IN ('failed', 'interrupted') THEN 1 ELSE 0 END) AS Failed
            FROM jobs
            WHERE status IN ('completed', 'failed', 'interrupted')
            GROUP BY printer_id, material_type
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutcomeRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.Select(r => new JobOutcomeCount(r.PrinterId, r.MaterialType, (int)r.Completed, (int)r.Failed)).ToList();
    }

    private sealed class SampleRow
    {
        public Guid PrinterId { get; init; }
        public string? MaterialType { get; init; }
        public long EstimatedSeconds { get; init; }
        public long ActualSeconds { get; init; }
        public DateTimeOffset EndedAt { get; init; }
    }

    private sealed class OutcomeRow
    {
        public Guid PrinterId { get; init; }
        public string? MaterialType { get; init; }
        public long Completed { get; init; }
        public long Failed { get; init; }
    }
}
