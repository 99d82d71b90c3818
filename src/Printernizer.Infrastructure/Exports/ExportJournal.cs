using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Printernizer.Application.Exports;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Exports;

/// <summary>The export journal in <c>export_journal</c> (append-only, guarded by triggers).</summary>
public sealed class ExportJournal(SqliteConnectionFactory connections) : IExportJournal
{
    public async Task<(Guid Id, string Sha256)> RecordAsync(ExportJournalEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        const string sql =
            """
            INSERT INTO export_journal (id, kind, created_at, actor, period_from, period_to, filters, file_name, content_type,
                                        sha256, size_bytes, record_count, record_ids_json, content)
            VALUES (@Id, @Kind, @CreatedAt, @Actor, @PeriodFrom, @PeriodTo, @Filters, @FileName, @ContentType,
                    @Sha256, @SizeBytes, @RecordCount, @RecordIds, @Content)
            """;
        var id = Guid.NewGuid();
        var sha = Convert.ToHexStringLower(SHA256.HashData(entry.Content));
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id,
            entry.Kind,
            entry.CreatedAt,
            entry.Actor,
            PeriodFrom = entry.Period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PeriodTo = entry.Period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            entry.Filters,
            entry.FileName,
            entry.ContentType,
            Sha256 = sha,
            SizeBytes = entry.Content.LongLength,
            RecordCount = entry.RecordIds.Count,
            RecordIds = JsonSerializer.Serialize(entry.RecordIds), // Guids serialize as lower-case "D" text
            entry.Content,
        }, cancellationToken: cancellationToken));
        return (id, sha);
    }

    public async Task<bool> AnyExportedAsync(string kind, IReadOnlyCollection<Guid> recordIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        if (recordIds.Count == 0)
        {
            return false;
        }

        const string sql =
            """
            SELECT EXISTS (SELECT 1 FROM export_journal e, json_each(e.record_ids_json) r
                           WHERE e.kind = @Kind AND r.value IN (SELECT value FROM json_each(@Ids)))
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new
        {
            Kind = kind,
            Ids = JsonSerializer.Serialize(recordIds.Select(g => g.ToString("D"))),
        }, cancellationToken: cancellationToken)) == 1;
    }
}
