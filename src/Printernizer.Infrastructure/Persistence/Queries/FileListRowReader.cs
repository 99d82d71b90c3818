using System.Data.Common;
using Printernizer.Application.Files;
using Printernizer.Domain.Files;
using Printernizer.Infrastructure.Files.Previews;

namespace Printernizer.Infrastructure.Persistence.Queries;

/// <summary>
/// Reads list rows straight into <see cref="FileDto"/> by column position (a page has up to 500 rows: no intermediate row
/// and domain objects, no boxing, only the columns the list shows).
/// </summary>
internal static class FileListRowReader
{
    /// <summary>The SELECT list (alias <c>f</c>, no FROM) in the order <see cref="Read"/> expects.</summary>
    public const string Columns = """
        SELECT f.id, f.printer_id, f.printer_name, f.name, f.path, f.type, f.size_bytes, f.modified_at, f.status, f.local_path,
               f.sha256, f.downloaded_at, f.error, f.thumbnail_key, f.inspected_sha256, f.print_seconds, f.filament_grams,
               f.filament_type, f.layer_height_mm, f.slicer, f.printer_model, f.plate_count, f.unreadable
        """;

    public static async Task<List<FileDto>> ReadAllAsync(DbDataReader reader, int capacity, CancellationToken cancellationToken)
    {
        var items = new List<FileDto>(capacity);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
        }

        return items;
    }

    private static FileDto Read(DbDataReader r) => new()
    {
        Id = Guid.Parse(r.GetString(0)),
        PrinterId = r.IsDBNull(1) ? null : Guid.Parse(r.GetString(1)),
        PrinterName = Text(r, 2),
        Name = r.GetString(3),
        Path = r.GetString(4),
        Type = r.GetString(5),
        SizeBytes = r.GetInt64(6),
        ModifiedAt = Instant(r, 7),
        Status = EnumText.Parse<FileStatus>(r.GetString(8)),
        LocalPath = Text(r, 9),
        Sha256 = Text(r, 10),
        DownloadedAt = Instant(r, 11),
        Error = Text(r, 12),
        HasThumbnail = !r.IsDBNull(13),
        Metadata = r.IsDBNull(14)
            ? null
            : new FileMetadataDto
            {
                PrintSeconds = r.IsDBNull(15) ? null : (int)r.GetInt64(15),
                FilamentGrams = FilePreviewColumns.ParseDecimal(Text(r, 16)),
                FilamentType = Text(r, 17),
                LayerHeightMm = FilePreviewColumns.ParseDecimal(Text(r, 18)),
                Slicer = Text(r, 19),
                PrinterModel = Text(r, 20),
                PlateCount = r.IsDBNull(21) ? null : (int)r.GetInt64(21),
                Unreadable = Text(r, 22),
            },
    };

    private static string? Text(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateTimeOffset? Instant(DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : DapperTypeHandlers.ParseInstant(r.GetString(ordinal));
}
