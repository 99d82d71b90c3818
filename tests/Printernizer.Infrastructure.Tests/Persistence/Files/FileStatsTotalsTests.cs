using Dapper;
using Printernizer.Application.Files;
using Printernizer.Domain.Files;

namespace Printernizer.Infrastructure.Tests.Persistence.Files;

/// <summary>The counts kept per printer and status (statistics, list totals) always equal counting the files.</summary>
public sealed class FileStatsTotalsTests
{
    private const string Counted = """
        SELECT COALESCE(printer_id, '') AS PrinterKey, status AS Status, COUNT(*) AS FileCount, SUM(size_bytes) AS Bytes,
               SUM(local_path IS NOT NULL) AS LocalCount, SUM(CASE WHEN local_path IS NOT NULL THEN size_bytes ELSE 0 END) AS LocalBytes
        FROM files GROUP BY 1, 2 ORDER BY 1, 2
        """;

    private const string Kept = """
        SELECT printer_key AS PrinterKey, status AS Status, file_count AS FileCount, bytes AS Bytes, local_count AS LocalCount,
               local_bytes AS LocalBytes
        FROM file_stats WHERE file_count > 0 ORDER BY 1, 2
        """;

    private static async Task ShouldAgreeAsync(FileListDatabase database, params Guid?[] printers)
    {
        await using var connection = await database.Connections.OpenAsync();
        var counted = (await connection.QueryAsync<Totals>(Counted)).ToList();
        var kept = (await connection.QueryAsync<Totals>(Kept)).ToList();
        kept.Should().BeEquivalentTo(counted, o => o.WithStrictOrdering());

        var statistics = await database.Queries.GetStatisticsAsync(CancellationToken.None);
        statistics.TotalCount.Should().Be(counted.Sum(c => c.FileCount));
        statistics.TotalBytes.Should().Be(counted.Sum(c => c.Bytes));
        statistics.LocalBytes.Should().Be(counted.Sum(c => c.LocalBytes));
        foreach (var printer in printers.Append(null))
        {
            foreach (var status in Enum.GetValues<FileStatus>().Cast<FileStatus?>().Append(null))
            {
                var page = await database.Queries.ListAsync(new FileListFilter(printer, status, null, null, 1, 500, "name"), CancellationToken.None);
                page.TotalCount.Should().Be(page.Items.Count, "the total of printer {0} status {1} counts its rows", printer, status);
            }
        }
    }

    [Test]
    public async Task Statistics_WhenFilesAreAddedChangedDeletedAndPrintersDeleted_EqualCountingTheFiles()
    {
        using var database = await FileListDatabase.CreateAsync();
        var a = await database.AddPrinterAsync("A");
        var b = await database.AddPrinterAsync("B");
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await database.AddFileAsync($"f{i:D2}.gcode", i % 3 == 0 ? null : i % 3 == 1 ? a : b, i % 3 == 0 ? "local" : "available"));
        }

        await ShouldAgreeAsync(database, a, b);

        // A download finishes, one fails, one grows on the printer, one goes missing, one local copy is deleted.
        var downloaded = (await database.Repository.GetAsync(ids[1], CancellationToken.None))!;
        downloaded.Status = FileStatus.Downloaded;
        downloaded.LocalPath = "A/2026/01/f01.gcode";
        downloaded.SizeBytes = 4242;
        await database.Repository.UpdateAsync(downloaded, CancellationToken.None);
        var failed = (await database.Repository.GetAsync(ids[2], CancellationToken.None))!;
        failed.Status = FileStatus.Error;
        await database.Repository.UpdateAsync(failed, CancellationToken.None);
        var missing = (await database.Repository.GetAsync(ids[4], CancellationToken.None))!;
        missing.Status = FileStatus.Missing;
        missing.SizeBytes = 1;
        await database.Repository.UpdateAsync(missing, CancellationToken.None);
        var unchanged = (await database.Repository.GetAsync(ids[5], CancellationToken.None))!;
        await database.Repository.UpdateAsync(unchanged, CancellationToken.None);
        downloaded.LocalPath = null;
        downloaded.Status = FileStatus.Available;
        await database.Repository.UpdateAsync(downloaded, CancellationToken.None);
        await database.Repository.DeleteAsync(ids[0], CancellationToken.None);
        await database.Repository.DeleteAsync(ids[7], CancellationToken.None);

        await ShouldAgreeAsync(database, a, b);

        await database.DeletePrinterAsync(b);

        await ShouldAgreeAsync(database, a, b);
        var statistics = await database.Queries.GetStatisticsAsync(CancellationToken.None);
        statistics.ByPrinter.Select(p => (p.PrinterName, p.Count)).Should().BeEquivalentTo([("A", 3L), ((string?)null, 7L)]);
    }

    private sealed class Totals
    {
        public string PrinterKey { get; init; } = "";
        public string Status { get; init; } = "";
        public long FileCount { get; init; }
        public long Bytes { get; init; }
        public long LocalCount { get; init; }
        public long LocalBytes { get; init; }
    }
}
