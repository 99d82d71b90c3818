using Dapper;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence.Repositories;

namespace Printernizer.Infrastructure.Persistence.Queries;

/// <summary>Job lists and details straight from SQL (filters on indexed columns, keyset-friendly ordering).</summary>
public sealed class JobQueries(SqliteConnectionFactory connections, TimeProvider timeProvider, Costs.JobCostReader costReader) : IJobQueries
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.Ordinal)
    {
        ["startedAt"] = "j.started_at",
        ["endedAt"] = "j.ended_at",
        ["name"] = "j.name COLLATE NOCASE",
        ["status"] = "j.status",
        ["printerName"] = "p.name COLLATE NOCASE",
        ["actualSeconds"] = "j.actual_seconds",
        ["progressPercent"] = "CAST(j.progress_percent AS REAL)",
    };

    /// <summary>Above this many full-text matches the list walks the sort index instead of sorting the matches.</summary>
    private const long ManyMatches = 2000;

    public async Task<PagedList<JobDto>> ListAsync(JobListFilter filter, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.PrinterId is { } printerId)
        {
            where.Add("j.printer_id = @PrinterId");
            parameters.Add("PrinterId", printerId);
        }

        if (filter.Status is { } status)
        {
            where.Add("j.status = @Status");
            parameters.Add("Status", EnumText.ToText(status));
        }

        if (filter.Category is { } category)
        {
            where.Add("j.category = @Category");
            parameters.Add("Category", EnumText.ToText(category));
        }

        if (filter.FromUtc is { } from)
        {
            where.Add("j.started_at >= @From");
            parameters.Add("From", DapperTypeHandlers.ToText(from));
        }

        if (filter.ToUtcExclusive is { } to)
        {
            where.Add("j.started_at < @To");
            parameters.Add("To", DapperTypeHandlers.ToText(to));
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        long? total = null;
        if (filter.Search is { } search && FullTextQuery(search) is { } match)
        {
            parameters.Add("Search", match);
            // The index holds exactly one row per job, so with no other filter its match count is the total. Many matches
            // are best walked in the sort index's order (membership test per row, stops after the page: "+" keeps SQLite
            // from looking each match up instead); few matches are best looked up and sorted.
            var matches = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM jobs_fts WHERE jobs_fts MATCH @Search", parameters, cancellationToken: cancellationToken));
            total = where.Count == 0 ? matches : null;
            where.Add(matches > ManyMatches
                ? "+j.rowid IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH @Search)"
                : "j.rowid IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH @Search)");
        }

        var descending = filter.Sort.StartsWith('-');
        var column = SortColumns[filter.Sort.TrimStart('-')];
        var whereSql = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        // Column names come from the whitelist above; values only through parameters. The tie-breaker is the rowid in the
        // direction the (descending) indexes store it, so an index serves the whole ORDER BY without a sort step.
        var listSql = JobRepository.SelectColumns.Replace("FROM jobs j", ", p.name AS PrinterName FROM jobs j LEFT JOIN printers p ON p.id = j.printer_id", StringComparison.Ordinal)
            + whereSql + $" ORDER BY {column} {(descending ? "DESC, j.rowid ASC" : "ASC, j.rowid DESC")} LIMIT @Take OFFSET @Skip";
        var countSql = "SELECT COUNT(*) FROM jobs j" + whereSql;
        parameters.Add("Take", filter.PageSize);
        parameters.Add("Skip", (long)(filter.Page - 1) * filter.PageSize);

        total ??= await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<JobRow>(new CommandDefinition(listSql, parameters, cancellationToken: cancellationToken));
        var now = timeProvider.GetUtcNow();
        var jobs = rows.Select(r => (Job: r.ToJob(), r.PrinterName)).ToList();
        var costs = await costReader.CostsForAsync(connection, jobs.Select(j => j.Job).ToList(), cancellationToken);
        return new PagedList<JobDto>(jobs.Select(j => JobDto.From(j.Job, j.PrinterName, now, costs.GetValueOrDefault(j.Job.Id))).ToList(), filter.Page, filter.PageSize, total.Value);
    }

    public async Task<JobDetailDto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var sql = JobRepository.SelectColumns.Replace("FROM jobs j", ", p.name AS PrinterName FROM jobs j LEFT JOIN printers p ON p.id = j.printer_id", StringComparison.Ordinal)
            + " WHERE j.id = @Id";
        const string eventsSql = "SELECT kind AS Kind, occurred_at AS At, detail AS Detail FROM job_events WHERE job_id = @Id ORDER BY occurred_at, id";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var events = await connection.QueryAsync<EventRow>(new CommandDefinition(eventsSql, new { Id = id }, cancellationToken: cancellationToken));
        var job = row.ToJob();
        var costs = await costReader.CostsForAsync(connection, [job], cancellationToken);
        return new JobDetailDto
        {
            Job = JobDto.From(job, row.PrinterName, timeProvider.GetUtcNow(), costs.GetValueOrDefault(job.Id)),
            Events = events.Select(e => new JobEventDto(EnumText.Parse<JobEventKind>(e.Kind), e.At, e.Detail)).ToList(),
        };
    }

    /// <summary>
    /// Turns user text into an FTS5 query: every word as a quoted prefix term (so no FTS syntax from the user is
    /// interpreted), all words required. Null when nothing searchable remains.
    /// </summary>
    internal static string? FullTextQuery(string search)
    {
        var words = search.Split([' ', '\t', '_', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => new string(w.Where(c => char.IsLetterOrDigit(c)).ToArray()))
            .Where(w => w.Length > 0)
            .Take(8)
            .ToList();
        return words.Count == 0 ? null : string.Join(" AND ", words.Select(w => "\"" + w + "\"*"));
    }

    private sealed class EventRow
    {
        public string Kind { get; init; } = "";
        public DateTimeOffset At { get; init; }
        public string? Detail { get; init; }
    }
}
