using System.Globalization;
using Dapper;
using Printernizer.Application.Common;
using Printernizer.Application.Exports;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Costs;

/// <summary>Export rows straight from SQL, unbuffered; costs from the latest revision of each job.</summary>
public sealed class JobExportQueries(SqliteConnectionFactory connections) : IJobExportQueries
{
    private const string EffectiveEnd = "COALESCE(j.ended_at, j.started_at)";

    public async Task ReadAsync(JobExportFilter filter, Action<IEnumerable<JobExportRow>> consume, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(consume);
        var parameters = new DynamicParameters();
        var where = new List<string> { $"{EffectiveEnd} >= @From AND {EffectiveEnd} < @To" };
        parameters.Add("From", DapperTypeHandlers.ToText(filter.Period.StartUtc));
        parameters.Add("To", DapperTypeHandlers.ToText(filter.Period.EndUtc));
        if (filter.Category is { } category)
        {
            where.Add("j.category = @Category");
            parameters.Add("Category", EnumText.ToText(category));
        }

        if (filter.PrinterId is { } printerId)
        {
            where.Add("j.printer_id = @PrinterId");
            parameters.Add("PrinterId", printerId);
        }

        var sql =
            $"""
            SELECT j.id AS JobId, COALESCE(p.name, '') AS PrinterName, j.name AS Name, j.file_name AS FileName, j.status AS Status,
                   j.category AS Category, j.started_at AS StartedAt, j.ended_at AS EndedAt, j.actual_seconds AS ActualSeconds,
                   j.paused_seconds AS PausedSeconds, j.material_type AS MaterialType,
                   COALESCE(j.material_used_grams, j.material_estimated_grams) AS MaterialGrams, j.notes AS Notes,
                   c.material AS MaterialCost, c.energy AS EnergyCost, c.machine AS MachineCost, c.labour AS LabourCost,
                   c.failure_allowance AS FailureAllowance, c.total AS TotalCost
            FROM jobs j
            LEFT JOIN printers p ON p.id = j.printer_id
            LEFT JOIN job_costs c ON c.job_id = j.id AND c.is_latest = 1
            WHERE {string.Join(" AND ", where)}
            ORDER BY {EffectiveEnd}, j.id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = connection.Query<Row>(new CommandDefinition(sql, parameters, flags: CommandFlags.None, cancellationToken: cancellationToken));
        consume(rows.Select(r => r.ToExportRow()));
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

    private sealed class Row
    {
        public Guid JobId { get; init; }
        public string PrinterName { get; init; } = "";
        public string Name { get; init; } = "";
        public string? FileName { get; init; }
        public string Status { get; init; } = "";
        public string Category { get; init; } = "";
        public DateTimeOffset StartedAt { get; init; }
        public DateTimeOffset? EndedAt { get; init; }
        public long ActualSeconds { get; init; }
        public long PausedSeconds { get; init; }
        public string? MaterialType { get; init; }
        public string? MaterialGrams { get; init; }
        public string? Notes { get; init; }
        public string? MaterialCost { get; init; }
        public string? EnergyCost { get; init; }
        public string? MachineCost { get; init; }
        public string? LabourCost { get; init; }
        public string? FailureAllowance { get; init; }
        public string? TotalCost { get; init; }

        public JobExportRow ToExportRow() => new()
        {
            JobId = JobId,
            PrinterName = PrinterName,
            Name = Name,
            FileName = FileName,
            Status = EnumText.Parse<JobStatus>(Status),
            Category = EnumText.Parse<JobCategory>(Category),
            StartedAt = StartedAt,
            EndedAt = EndedAt,
            ActualSeconds = (int)ActualSeconds,
            PausedSeconds = (int)PausedSeconds,
            MaterialType = MaterialType,
            MaterialGrams = D(MaterialGrams),
            Notes = Notes,
            MaterialCost = D(MaterialCost),
            EnergyCost = D(EnergyCost),
            MachineCost = D(MachineCost),
            LabourCost = D(LabourCost),
            FailureAllowance = D(FailureAllowance),
            TotalCost = D(TotalCost),
        };

        private static decimal? D(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
