using System.Globalization;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Exports;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Exports;

/// <summary>
/// Maps the export query's columns (<see cref="Columns"/>, by ordinal) to <see cref="JobExportRow"/>s while the reader
/// advances: no Dapper reflection, no intermediate list, instants parsed from the fixed storage format without the
/// general date parser. Same values as the Dapper mapping it replaces.
/// </summary>
internal static class ExportRowReader
{
    /// <summary>
    /// The columns. Fields that never contain the separator <c>|</c> are packed into two TEXT columns (one string read
    /// per row instead of fourteen: reading a column is the dominant cost here): status, category, instants, seconds
    /// and grams in the first (with the id; empty = NULL), the six cost components of the latest revision in the second (NULL
    /// without a revision).
    /// </summary>
    public const string Columns =
        """
        COALESCE(p.name, ''), j.name, j.file_name, j.material_type, j.notes,
        j.id || '|' || j.status || '|' || j.category || '|' || j.started_at || '|' || COALESCE(j.ended_at, '') || '|' || j.actual_seconds || '|' ||
            j.paused_seconds || '|' || COALESCE(j.material_used_grams, j.material_estimated_grams, ''),
        c.material || '|' || c.energy || '|' || c.machine || '|' || c.labour || '|' || c.failure_allowance || '|' || c.total
        """;

    public static IEnumerable<JobExportRow> Enumerate(SqliteDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var job = new Fields(reader.GetString(5));
            var id = Guid.Parse(job.Next());
            var status = Status(job.Next());
            var category = Category(job.Next());
            var startedAt = StorageInstant.Parse(job.Next());
            var ended = job.Next();
            var actualSeconds = (int)long.Parse(job.Next(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var pausedSeconds = (int)long.Parse(job.Next(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var grams = job.Next();
            var hasCost = !reader.IsDBNull(6);
            var cost = new Fields(hasCost ? reader.GetString(6) : string.Empty);
            // The job's one value (cents, parts add up, private without labour), the same as on the job page and in DATEV.
            var value = hasCost
                ? new CostBreakdown(Decimal(cost.Next()), Decimal(cost.Next()), Decimal(cost.Next()), Decimal(cost.Next()), Decimal(cost.Next()), Decimal(cost.Next()), 0m, 0m).ValueFor(category)
                : null;
            yield return new JobExportRow
            {
                JobId = id,
                PrinterName = reader.GetString(0),
                Name = reader.GetString(1),
                FileName = Text(reader, 2),
                MaterialType = Text(reader, 3),
                Notes = Text(reader, 4),
                Status = status,
                Category = category,
                StartedAt = startedAt,
                EndedAt = ended.IsEmpty ? null : StorageInstant.Parse(ended),
                ActualSeconds = actualSeconds,
                PausedSeconds = pausedSeconds,
                MaterialGrams = grams.IsEmpty ? null : Decimal(grams),
                MaterialCost = value?.Material,
                EnergyCost = value?.Energy,
                MachineCost = value?.Machine,
                LabourCost = value?.Labour,
                FailureAllowance = value?.FailureAllowance,
                TotalCost = value?.Total,
            };
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static decimal Decimal(ReadOnlySpan<char> text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static JobStatus Status(ReadOnlySpan<char> text) => text switch
    {
        "printing" => JobStatus.Printing,
        "paused" => JobStatus.Paused,
        "completed" => JobStatus.Completed,
        "failed" => JobStatus.Failed,
        "cancelled" => JobStatus.Cancelled,
        "interrupted" => JobStatus.Interrupted,
        _ => EnumText.Parse<JobStatus>(text.ToString()),
    };

    private static JobCategory Category(ReadOnlySpan<char> text) => text switch
    {
        "business" => JobCategory.Business,
        "private" => JobCategory.Private,
        "unassigned" => JobCategory.Unassigned,
        _ => EnumText.Parse<JobCategory>(text.ToString()),
    };

    /// <summary>Walks a <c>|</c>-separated packed column without allocating.</summary>
    private ref struct Fields(string text)
    {
        private ReadOnlySpan<char> _rest = text;

        public ReadOnlySpan<char> Next()
        {
            var end = _rest.IndexOf('|');
            if (end < 0)
            {
                var last = _rest;
                _rest = default;
                return last;
            }

            var field = _rest[..end];
            _rest = _rest[(end + 1)..];
            return field;
        }
    }
}
