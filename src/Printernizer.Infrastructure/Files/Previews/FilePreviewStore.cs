using Dapper;
using Printernizer.Application.Files;
using Printernizer.Application.Previews;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>The preview columns of <c>files</c> (migration 0007): pending work, results, lookups.</summary>
public sealed class FilePreviewStore(SqliteConnectionFactory connections) : IFilePreviewKinds, IFileMetadataLookup
{
    private const string PendingSql = """
        SELECT id AS Id, local_path AS LocalPath, sha256 AS Sha256, name AS Name FROM files
        WHERE local_path IS NOT NULL AND sha256 IS NOT NULL AND (inspected_sha256 IS NULL OR inspected_sha256 <> sha256)
        ORDER BY updated_at LIMIT @Max
        """;

    private const string SaveSql = """
        UPDATE files SET print_seconds = @PrintSeconds, filament_grams = @FilamentGrams, filament_type = @FilamentType,
               layer_height_mm = @LayerHeightMm, slicer = @Slicer, printer_model = @PrinterModel, plate_count = @PlateCount,
               unreadable = @Unreadable, preview_kind = @PreviewKind, thumbnail_key = COALESCE(@ThumbnailKey, thumbnail_key),
               inspected_sha256 = @Sha256
        WHERE id = @Id AND sha256 = @Sha256
        """;

    private const string PrinterCandidatesSql = """
        SELECT f.id AS Id, f.printer_id AS PrinterId, f.source_path AS SourcePath FROM files f JOIN printers p ON p.id = f.printer_id
        WHERE p.kind = 'prusa' AND f.local_path IS NULL AND f.thumbnail_key IS NULL AND f.source_path IS NOT NULL
          AND f.type IN ('gcode', 'bgcode') AND f.status IN ('available', 'error')
          AND (f.printer_thumbnail_checked_at IS NULL OR f.printer_thumbnail_checked_at < @RetryBefore)
        ORDER BY f.modified_at DESC LIMIT @Max
        """;

    private const string LookupSql = """
        SELECT f.print_seconds AS PrintSeconds, f.filament_grams AS FilamentGrams, f.filament_type AS FilamentType,
               f.layer_height_mm AS LayerHeightMm, f.slicer AS Slicer, f.printer_model AS PrinterModel, f.plate_count AS PlateCount,
               f.unreadable AS Unreadable, f.preview_kind AS PreviewKind, f.thumbnail_key AS ThumbnailKey, f.inspected_sha256 AS InspectedSha256
        FROM files f
        WHERE f.inspected_sha256 IS NOT NULL AND f.unreadable IS NULL
          AND (f.printer_id = @PrinterId OR f.printer_id IS NULL)
          AND (f.path = @Path OR f.source_path = @Path OR f.name = @Name COLLATE NOCASE)
        ORDER BY CASE WHEN f.printer_id = @PrinterId THEN 0 ELSE 1 END,
                 CASE WHEN f.path = @Path OR f.source_path = @Path THEN 0 ELSE 1 END,
                 f.downloaded_at DESC
        LIMIT 1
        """;

    internal async Task<IReadOnlyList<PendingPreview>> ListPendingAsync(int max, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PendingPreview>(new CommandDefinition(PendingSql, new { Max = max }, cancellationToken: cancellationToken))).ToList();
    }

    internal async Task<bool> SaveAsync(Guid id, string sha256, FileInspectionResult result, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(SaveSql, new
        {
            Id = id,
            Sha256 = sha256,
            result.PrintSeconds,
            FilamentGrams = FilePreviewColumns.DecimalText(result.FilamentGrams),
            result.FilamentType,
            LayerHeightMm = FilePreviewColumns.DecimalText(result.LayerHeightMm),
            result.Slicer,
            result.PrinterModel,
            result.PlateCount,
            result.Unreadable,
            result.PreviewKind,
            result.ThumbnailKey,
        }, cancellationToken: cancellationToken));
        return changed > 0;
    }

    internal async Task<IReadOnlyList<PrinterThumbnailCandidate>> ListPrinterThumbnailCandidatesAsync(DateTimeOffset retryBefore, int max, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PrinterThumbnailCandidate>(new CommandDefinition(
            PrinterCandidatesSql, new { RetryBefore = DapperTypeHandlers.ToText(retryBefore), Max = max }, cancellationToken: cancellationToken))).ToList();
    }

    internal async Task SetPrinterThumbnailAsync(Guid id, string? key, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE files SET thumbnail_key = COALESCE(@Key, thumbnail_key), printer_thumbnail_checked_at = @At WHERE id = @Id",
            new { Id = id, Key = key, At = DapperTypeHandlers.ToText(checkedAt) },
            cancellationToken: cancellationToken));
    }

    internal async Task<FilePreviewColumns?> GetColumnsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<FilePreviewColumns>(new CommandDefinition(
            "SELECT " + FilePreviewColumns.Select + ", f.printer_thumbnail_checked_at AS PrinterThumbnailCheckedAt FROM files f WHERE f.id = @Id",
            new { Id = id },
            cancellationToken: cancellationToken));
    }

    public async Task<string?> GetAsync(Guid fileId, CancellationToken cancellationToken) =>
        (await GetColumnsAsync(fileId, cancellationToken))?.PreviewKind;

    public async Task<FileMetadataDto?> FindAsync(Guid printerId, string? fileName, string? filePath, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fileName) && string.IsNullOrWhiteSpace(filePath))
        {
            return null;
        }

        var name = fileName ?? Path.GetFileName(filePath!);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FilePreviewColumns>(new CommandDefinition(
            LookupSql, new { PrinterId = printerId, Path = filePath ?? "\u0000", Name = name }, cancellationToken: cancellationToken));
        return row?.ToMetadata();
    }
}
