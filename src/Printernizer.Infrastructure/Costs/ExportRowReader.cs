using System.Globalization;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Exports;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Costs;

/// <summary>
/// Maps the export query's columns (<see cref="Columns"/>, by ordinal) to <see cref="JobExportRow"/>s while the reader
/// advances: no Dapper reflection, no intermediate list, instants parsed from the fixed storage format without the
/// general date parser. Same values as the Dapper mapping it replaces.
/// </summary>
internal static class ExportRowReader
{
    public const string Columns =
        """
        j.id, COALESCE(p.name, ''), j.name, j.file_name, j.status, j.category, j.started_at, j.ended_at, j.actual_seconds,
        j.paused_seconds, j.material_type, COALESCE(j.material_used_grams, j.material_estimated_grams), j.notes,
        c.material, c.energy, c.machine, c.labour, c.failure_allowance, c.total
        """;

    public static IEnumerable<JobExportRow> Enumerate(SqliteDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new JobExportRow
            {
                JobId = Guid.Parse(reader.GetString(0)),
                PrinterName = reader.GetString(1),
                Name = reader.GetString(2),
                FileName = Text(reader, 3),
                Status = Status(reader.GetString(4)),
                Category = Category(reader.GetString(5)),
                StartedAt = StorageInstant.Parse(reader.GetString(6)),
                EndedAt = reader.IsDBNull(7) ? null : StorageInstant.Parse(reader.GetString(7)),
                ActualSeconds = (int)reader.GetInt64(8),
                PausedSeconds = (int)reader.GetInt64(9),
                MaterialType = Text(reader, 10),
                MaterialGrams = Decimal(reader, 11),
                Notes = Text(reader, 12),
                MaterialCost = Decimal(reader, 13),
                EnergyCost = Decimal(reader, 14),
                MachineCost = Decimal(reader, 15),
                LabourCost = Decimal(reader, 16),
                FailureAllowance = Decimal(reader, 17),
                TotalCost = Decimal(reader, 18),
            };
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static decimal? Decimal(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : decimal.Parse(reader.GetString(ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static JobStatus Status(string text) => text switch
    {
        "printing" => JobStatus.Printing,
        "paused" => JobStatus.Paused,
        "completed" => JobStatus.Completed,
        "failed" => JobStatus.Failed,
        "cancelled" => JobStatus.Cancelled,
        "interrupted" => JobStatus.Interrupted,
        _ => EnumText.Parse<JobStatus>(text),
    };

    private static JobCategory Category(string text) => text switch
    {
        "business" => JobCategory.Business,
        "private" => JobCategory.Private,
        "unassigned" => JobCategory.Unassigned,
        _ => EnumText.Parse<JobCategory>(text),
    };
}
