using Dapper;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Files;
using Printernizer.Domain.Files;
using Printernizer.Infrastructure.Persistence.Repositories;

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
        ["printerName"] = "p.name COLLATE NOCASE",
        ["downloadedAt"] = "f.downloaded_at",
    };

    private static readonly string ListColumns = FileRepository.SelectColumns.Replace(
        "FROM files f", ", p.name AS PrinterName FROM files f LEFT JOIN printers p ON p.id = f.printer_id", StringComparison.Ordinal);

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

        if (filter.Search is { } search)
        {
            where.Add("(f.name LIKE @Search ESCAPE '\\' OR f.path LIKE @Search ESCAPE '\\')");
            parameters.Add("Search", "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        }

        var descending = filter.Sort.StartsWith('-');
        var column = SortColumns[filter.Sort.TrimStart('-')];
        var whereSql = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        var direction = descending ? "DESC" : "ASC";
        // Column names come from the whitelist above; values only through parameters.
        var listSql = ListColumns + whereSql + $" ORDER BY {column} {direction}, f.id {direction} LIMIT @Take OFFSET @Skip";
        var countSql = "SELECT COUNT(*) FROM files f" + whereSql;
        parameters.Add("Take", filter.PageSize);
        parameters.Add("Skip", (long)(filter.Page - 1) * filter.PageSize);

        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<FileRow>(new CommandDefinition(listSql, parameters, cancellationToken: cancellationToken));
        return new PagedList<FileDto>(rows.Select(r => FileDto.From(r.ToFile(), r.PrinterName)).ToList(), filter.Page, filter.PageSize, total);
    }

    public async Task<FileDto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(ListColumns + " WHERE f.id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : FileDto.From(row.ToFile(), row.PrinterName);
    }

    public async Task<FileStatisticsDto> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        const string byStatusSql = "SELECT status AS Status, COUNT(*) AS Count, COALESCE(SUM(size_bytes), 0) AS Bytes FROM files GROUP BY status ORDER BY status";
        const string byPrinterSql = """
            SELECT f.printer_id AS PrinterId, p.name AS PrinterName, COUNT(*) AS Count, COALESCE(SUM(f.size_bytes), 0) AS Bytes,
                   SUM(CASE WHEN f.local_path IS NOT NULL THEN 1 ELSE 0 END) AS Downloaded,
                   COALESCE(SUM(CASE WHEN f.local_path IS NOT NULL THEN f.size_bytes ELSE 0 END), 0) AS LocalBytes,
                   SUM(CASE WHEN f.status = 'error' THEN 1 ELSE 0 END) AS Failed
            FROM files f LEFT JOIN printers p ON p.id = f.printer_id
            GROUP BY f.printer_id, p.name ORDER BY p.name COLLATE NOCASE
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var byStatus = (await connection.QueryAsync<StatusRow>(new CommandDefinition(byStatusSql, cancellationToken: cancellationToken)))
            .Select(r => new FileStatusCountDto(EnumText.Parse<FileStatus>(r.Status), r.Count, r.Bytes))
            .ToList();
        var byPrinter = (await connection.QueryAsync<PrinterRow>(new CommandDefinition(byPrinterSql, cancellationToken: cancellationToken)))
            .Select(r => new PrinterFileCountDto(r.PrinterId, r.PrinterName, r.Count, r.Bytes, r.Downloaded, r.LocalBytes, r.Failed))
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

    private sealed class StatusRow
    {
        public string Status { get; init; } = "";
        public long Count { get; init; }
        public long Bytes { get; init; }
    }

    private sealed class PrinterRow
    {
        public Guid? PrinterId { get; init; }
        public string? PrinterName { get; init; }
        public long Count { get; init; }
        public long Bytes { get; init; }
        public long Downloaded { get; init; }
        public long LocalBytes { get; init; }
        public long Failed { get; init; }
    }
}
