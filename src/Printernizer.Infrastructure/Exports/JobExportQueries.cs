using System.Globalization;
using Dapper;
using Printernizer.Application.Common;
using Printernizer.Application.Exports;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Costs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Exports;

/// <summary>
/// Export rows straight from SQL, streamed from a forward-only reader into the writer (no Dapper mapping, no lists);
/// costs from the latest revision of each job. The ORDER BY is served by <c>ix_jobs_effective_end_id</c>.
/// </summary>
public sealed class JobExportQueries(SqliteConnectionFactory connections) : IJobExportQueries
{
    private const string EffectiveEnd = "COALESCE(j.ended_at, j.started_at)";

    public async Task ReadAsync(JobExportFilter filter, Action<IEnumerable<JobExportRow>> consume, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(consume);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string> { $"{EffectiveEnd} >= @From AND {EffectiveEnd} < @To" };
        command.Parameters.AddWithValue("@From", DapperTypeHandlers.ToText(filter.Period.StartUtc));
        command.Parameters.AddWithValue("@To", DapperTypeHandlers.ToText(filter.Period.EndUtc));
        if (filter.Category is { } category)
        {
            where.Add("j.category = @Category");
            command.Parameters.AddWithValue("@Category", EnumText.ToText(category));
        }

        if (filter.PrinterId is { } printerId)
        {
            where.Add("j.printer_id = @PrinterId");
            command.Parameters.AddWithValue("@PrinterId", printerId.ToString("D"));
        }

        command.CommandText =
            $"""
            SELECT {ExportRowReader.Columns}
            FROM jobs j
            LEFT JOIN printers p ON p.id = j.printer_id
            LEFT JOIN job_costs c ON c.job_id = j.id AND c.is_latest = 1
            WHERE {string.Join(" AND ", where)}
            ORDER BY {EffectiveEnd}, j.id
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // SQLite is read on a worker thread while the writer formats on the caller's: two cores for one export.
        ReadAhead.Consume(ExportRowReader.Enumerate(reader, cancellationToken), consume, cancellationToken);
    }

    public async Task<IReadOnlyList<DatevJob>> ListForDatevAsync(BerlinDateRange period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var sql = JobCostRepository.SelectColumns.Replace(
                "FROM job_costs c",
                ", j.name AS JobName, j.category AS JobCategory, j.ended_at AS JobEndedAt FROM job_costs c JOIN jobs j ON j.id = c.job_id",
                StringComparison.Ordinal)
            + """
               WHERE c.is_latest = 1 AND j.status = 'completed' AND j.category IN ('business', 'private')
                 AND j.ended_at >= @From AND j.ended_at < @To
              ORDER BY j.ended_at, j.id
              """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DatevRow>(new CommandDefinition(sql, new
        {
            From = DapperTypeHandlers.ToText(period.StartUtc),
            To = DapperTypeHandlers.ToText(period.EndUtc),
        }, cancellationToken: cancellationToken));
        return rows.Select(r => new DatevJob(r.JobId, r.JobName, EnumText.Parse<JobCategory>(r.JobCategory), r.JobEndedAt, r.ToSnapshot())).ToList();
    }

    private sealed class DatevRow : JobCostRepository.CostRow
    {
        public string JobName { get; init; } = "";
        public string JobCategory { get; init; } = "";
        public DateTimeOffset JobEndedAt { get; init; }
    }
}
