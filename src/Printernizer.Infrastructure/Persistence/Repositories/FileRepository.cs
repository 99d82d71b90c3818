using Dapper;
using Printernizer.Application.Files;
using Printernizer.Domain.Files;
using Printernizer.Infrastructure.Files;

namespace Printernizer.Infrastructure.Persistence.Repositories;

/// <summary>File rows; every write wakes the background file work (<see cref="FileChangeSignal"/>).</summary>
public sealed class FileRepository(SqliteConnectionFactory connections, FileChangeSignal changes) : IFileRepository
{
    internal const string SelectColumns = """
        SELECT f.id AS Id, f.printer_id AS PrinterId, f.source_path AS SourcePath, f.path AS Path, f.name AS Name, f.type AS Type,
               f.size_bytes AS SizeBytes, f.modified_at AS ModifiedAt, f.status AS Status, f.local_path AS LocalPath, f.sha256 AS Sha256,
               f.downloaded_at AS DownloadedAt, f.last_seen_at AS LastSeenAt, f.error AS Error, f.etag AS ETag,
               f.created_at AS CreatedAt, f.updated_at AS UpdatedAt
        FROM files f
        """;

    private const string InsertSql = """
        INSERT INTO files (id, printer_id, source_path, path, name, type, size_bytes, modified_at, status, local_path, sha256,
                           downloaded_at, last_seen_at, error, etag, created_at, updated_at)
        VALUES (@Id, @PrinterId, @SourcePath, @Path, @Name, @Type, @SizeBytes, @ModifiedAt, @Status, @LocalPath, @Sha256,
                @DownloadedAt, @LastSeenAt, @Error, @ETag, @CreatedAt, @UpdatedAt)
        """;

    private const string UpdateSql = """
        UPDATE files SET printer_id = @PrinterId, source_path = @SourcePath, path = @Path, name = @Name, type = @Type,
               size_bytes = @SizeBytes, modified_at = @ModifiedAt, status = @Status, local_path = @LocalPath, sha256 = @Sha256,
               downloaded_at = @DownloadedAt, last_seen_at = @LastSeenAt, error = @Error, etag = @ETag, updated_at = @UpdatedAt
        WHERE id = @Id
        """;

    public async Task<PrinterFile?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(SelectColumns + " WHERE f.id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToFile();
    }

    public async Task<IReadOnlyList<PrinterFile>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var result = new List<PrinterFile>();
        foreach (var chunk in ids.Select(i => i.ToString("D")).Chunk(500))
        {
            var rows = await connection.QueryAsync<FileRow>(new CommandDefinition(SelectColumns + " WHERE f.id IN @Ids", new { Ids = chunk }, cancellationToken: cancellationToken));
            result.AddRange(rows.Select(r => r.ToFile()));
        }

        return result;
    }

    public Task<IReadOnlyList<PrinterFile>> ListForPrinterAsync(Guid printerId, CancellationToken cancellationToken) =>
        ListAsync(" WHERE f.printer_id = @PrinterId", new { PrinterId = printerId }, cancellationToken);

    public Task<IReadOnlyList<PrinterFile>> ListByStatusAsync(FileStatus status, CancellationToken cancellationToken) =>
        ListAsync(" WHERE f.status = @Status ORDER BY f.updated_at", new { Status = EnumText.ToText(status) }, cancellationToken);

    public Task<IReadOnlyList<PrinterFile>> ListLocalCopiesAsync(CancellationToken cancellationToken) =>
        ListAsync(" WHERE f.local_path IS NOT NULL ORDER BY COALESCE(f.downloaded_at, f.created_at), f.id", null, cancellationToken);

    public async Task AddAsync(PrinterFile file, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(file), cancellationToken: cancellationToken));
        changes.Notify();
    }

    public async Task UpdateAsync(PrinterFile file, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UpdateSql, Parameters(file), cancellationToken: cancellationToken));
        changes.Notify();
    }

    public async Task SaveManyAsync(IReadOnlyList<PrinterFile> inserts, IReadOnlyList<PrinterFile> updates, CancellationToken cancellationToken)
    {
        if (inserts.Count == 0 && updates.Count == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A concurrent sync may have inserted the same file meanwhile: the unique index turns that into an update.
        const string upsert = InsertSql + """
             ON CONFLICT (printer_id, source_path) WHERE printer_id IS NOT NULL AND source_path IS NOT NULL
             DO UPDATE SET path = excluded.path, name = excluded.name, type = excluded.type, size_bytes = excluded.size_bytes,
                           modified_at = excluded.modified_at, last_seen_at = excluded.last_seen_at, updated_at = excluded.updated_at
            """;
        foreach (var file in inserts)
        {
            await connection.ExecuteAsync(new CommandDefinition(upsert, Parameters(file), transaction, cancellationToken: cancellationToken));
        }

        foreach (var file in updates)
        {
            await connection.ExecuteAsync(new CommandDefinition(UpdateSql, Parameters(file), transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        changes.Notify();
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM files WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<PrinterFile>> ListAsync(string where, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FileRow>(new CommandDefinition(SelectColumns + where, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToFile()).ToList();
    }

    private static object Parameters(PrinterFile f) => new
    {
        f.Id,
        f.PrinterId,
        f.SourcePath,
        f.Path,
        f.Name,
        f.Type,
        f.SizeBytes,
        f.ModifiedAt,
        Status = EnumText.ToText(f.Status),
        f.LocalPath,
        f.Sha256,
        f.DownloadedAt,
        f.LastSeenAt,
        f.Error,
        f.ETag,
        f.CreatedAt,
        f.UpdatedAt,
    };
}
