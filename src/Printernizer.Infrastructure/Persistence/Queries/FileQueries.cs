using Dapper;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Files;
using Printernizer.Domain.Files;

namespace Printernizer.Infrastructure.Persistence.Queries;

/// <summary>The combined file list, one file and statistics straight from SQL.</summary>
public sealed class FileQueries(SqliteConnectionFactory connections) : IFileQueries
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.Ordinal)
    {
        ["name"] = "f.name COLLATE NOCASE",
        ["sizeBytes"] = "f.size_bytes",
        ["modifiedAt"] = "f.modified_at",
        ["status"] = "f.status",
        ["type"] = "f.type",
        ["printerName"] = "f.printer_name COLLATE NOCASE",
        ["downloadedAt"] = "f.downloaded_at",
    };

    // printer_name is kept on the row by triggers (migration files_list_speed), so neither listing nor sorting joins printers.
    private const string ListColumns = FileListRowReader.Columns + " FROM files f";

    public async Task<PagedList<FileDto>> ListAsync(FileListFilter filter, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.PrinterId is { } printerId)
        {
            where.Add("f.printer_id = @PrinterId");
            parameters.Add("PrinterId", printerId);
        }

        if (filter.Status is { } status)
        {
            where.Add("f.status = @Status");
            parameters.Add("Status", EnumText.ToText(status));
        }

        if (filter.Type is { } type)
        {
            where.Add("f.type = @Type");
            parameters.Add("Type", type);
        }

        var countFromSearchIndex = false;
        if (filter.Search is { } search)
        {
            // The shown path ends with the shown name (printer files and local copies alike), so one column covers both.
            if (FileSearchText.ToTrigramMatch(search) is { } match)
            {
                // Indexed substring match on the trigram index (case-insensitive, unicode case folding). The unary + keeps
                // the planner from looking up every match by rowid and sorting them: it walks the sort column's index and
                // probes the (bloom-filtered) match list instead, stopping after the page.
                where.Add("+f.rowid IN (SELECT rowid FROM files_search WHERE files_search MATCH @Match)");
                parameters.Add("Match", match);
                countFromSearchIndex = where.Count == 1;
            }
            else
            {
                // Fewer than three characters (no trigram to look up) or control characters: a LIKE scan (case-insensitive
                // for ASCII letters only).
                where.Add("f.path LIKE @Search ESCAPE '\\'");
                parameters.Add("Search", FileSearchText.ToLikePattern(search));
            }
        }

        var descending = filter.Sort.StartsWith('-');
        var field = filter.Sort.TrimStart('-');
        var direction = descending ? "DESC" : "ASC";
        var order = $"{SortColumns[field]} {direction}, f.rowid {direction}";
        var whereSql = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        // Late row lookup: the page is chosen on the index (sort column + rowid, no row data), then only its rows are read.
        // Column names come from the whitelist above; values only through parameters.
        var listSql = ListColumns + $" WHERE f.rowid IN (SELECT f.rowid FROM files f{whereSql} ORDER BY {order} LIMIT @Take OFFSET @Skip) ORDER BY {order}";
        // Exact total, cheap: printer/status filters only → the per-printer-and-status counts kept by triggers (a few rows);
        // search only → the search index alone (one entry per file); otherwise counted on an index.
        var countSql = filter.Type is null && filter.Search is null
            ? "SELECT COALESCE(SUM(file_count), 0) FROM file_stats WHERE file_count > 0"
              + (filter.PrinterId is null ? string.Empty : " AND printer_key = @PrinterId")
              + (filter.Status is null ? string.Empty : " AND status = @Status")
            : countFromSearchIndex
                ? "SELECT COUNT(*) FROM files_search WHERE files_search MATCH @Match"
                : "SELECT COUNT(*) FROM files f" + whereSql;
        parameters.Add("Take", filter.PageSize);
        parameters.Add("Skip", (long)(filter.Page - 1) * filter.PageSize);

        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken));
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(listSql, parameters, cancellationToken: cancellationToken));
        var rows = await FileListRowReader.ReadAllAsync(reader, filter.PageSize, cancellationToken);
        return new PagedList<FileDto>(rows, filter.Page, filter.PageSize, total);
    }

    public async Task<FileDto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition(ListColumns + " WHERE f.id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return (await FileListRowReader.ReadAllAsync(reader, 1, cancellationToken)).SingleOrDefault();
    }

    public async Task<FileStatisticsDto> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        // The per-printer-and-status totals kept by triggers on files (migration files_list_speed); printer names
        // separately (few rows).
        const string groupsSql = """
            SELECT NULLIF(printer_key, '') AS PrinterId, status AS Status, file_count AS Count, bytes AS Bytes,
                   local_count AS LocalCount, local_bytes AS LocalBytes
            FROM file_stats WHERE file_count > 0
            """;
        const string namesSql = "SELECT id AS Id, name AS Name FROM printers";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var groups = (await connection.QueryAsync<GroupRow>(new CommandDefinition(groupsSql, cancellationToken: cancellationToken))).ToList();
        var names = (await connection.QueryAsync<NameRow>(new CommandDefinition(namesSql, cancellationToken: cancellationToken))).ToDictionary(n => n.Id, n => n.Name);
        var byStatus = groups.GroupBy(g => g.Status)
            .Select(g => new FileStatusCountDto(EnumText.Parse<FileStatus>(g.Key), g.Sum(x => x.Count), g.Sum(x => x.Bytes)))
            .OrderBy(s => s.Status)
            .ToList();
        var byPrinter = groups.GroupBy(g => g.PrinterId)
            .Select(g => new PrinterFileCountDto(
                g.Key,
                g.Key is { } id && names.TryGetValue(id, out var name) ? name : null,
                g.Sum(x => x.Count),
                g.Sum(x => x.Bytes),
                g.Sum(x => x.LocalCount),
                g.Sum(x => x.LocalBytes),
                g.Where(x => x.Status == "error").Sum(x => x.Count)))
            .OrderBy(p => p.PrinterName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ToList();
        long Count(FileStatus s) => byStatus.Where(b => b.Status == s).Sum(b => b.Count);
        return new FileStatisticsDto
        {
            TotalCount = byStatus.Sum(s => s.Count),
            TotalBytes = byStatus.Sum(s => s.Bytes),
            LocalCount = byPrinter.Sum(p => p.Downloaded),
            LocalBytes = byPrinter.Sum(p => p.LocalBytes),
            ByStatus = byStatus,
            ByPrinter = byPrinter,
            Downloads = new FileDownloadTotalsDto(
                byPrinter.Where(p => p.PrinterId is not null).Sum(p => p.Downloaded),
                Count(FileStatus.Downloading),
                Count(FileStatus.Error)),
        };
    }

    private sealed class GroupRow
    {
        public Guid? PrinterId { get; init; }
        public string Status { get; init; } = "";
        public long Count { get; init; }
        public long Bytes { get; init; }
        public long LocalCount { get; init; }
        public long LocalBytes { get; init; }
    }

    private sealed class NameRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
    }
}
