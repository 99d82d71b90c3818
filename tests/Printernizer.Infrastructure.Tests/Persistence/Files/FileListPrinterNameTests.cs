using Dapper;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Tests.Persistence.Files;

/// <summary>The printer's name on file rows: shown and sorted, kept up to date on rename and delete, backfilled by the migration.</summary>
public sealed class FileListPrinterNameTests
{
    [Test]
    public async Task ListAsync_WhenPrinterIsRenamed_ShowsAndSortsByTheNewName()
    {
        using var database = await FileListDatabase.CreateAsync();
        var alpha = await database.AddPrinterAsync("Alpha");
        var beta = await database.AddPrinterAsync("beta");
        await database.AddFileAsync("a.gcode", alpha);
        await database.AddFileAsync("b.gcode", beta);
        await database.AddFileAsync("upload.stl");
        (await database.ListAsync(sort: "printerName")).Items.Select(f => f.PrinterName).Should().Equal(null, "Alpha", "beta");

        await database.RenamePrinterAsync(alpha, "Zeta");

        var ascending = await database.ListAsync(sort: "printerName");
        ascending.Items.Select(f => (f.Name, f.PrinterName)).Should().Equal(("upload.stl", null), ("b.gcode", "beta"), ("a.gcode", "Zeta"));
        (await database.ListAsync(sort: "-printerName")).Items.Select(f => f.PrinterName).Should().Equal("Zeta", "beta", null);
        (await database.Queries.GetAsync(ascending.Items[2].Id, CancellationToken.None))!.PrinterName.Should().Be("Zeta");
    }

    [Test]
    public async Task ListAsync_WhenPrinterIsDeleted_KeepsItsFilesWithoutPrinterName()
    {
        using var database = await FileListDatabase.CreateAsync();
        var gone = await database.AddPrinterAsync("Gone");
        var kept = await database.AddPrinterAsync("Kept");
        await database.AddFileAsync("downloaded.gcode", gone, "downloaded");
        await database.AddFileAsync("kept.gcode", kept);

        await database.DeletePrinterAsync(gone);

        var list = await database.ListAsync(sort: "printerName");
        list.Items.Select(f => (f.Name, f.PrinterId, f.PrinterName)).Should().Equal(("downloaded.gcode", null, null), ("kept.gcode", kept, "Kept"));
    }

    [Test]
    public async Task ListAsync_WhenPrinterAndTypeFiltered_ReturnsThatPrintersFilesOfThatTypeNewestFirst()
    {
        using var database = await FileListDatabase.CreateAsync();
        var a = await database.AddPrinterAsync("A");
        var b = await database.AddPrinterAsync("B");
        await database.AddFileAsync("old.gcode.3mf", a);
        await database.AddFileAsync("other.gcode", a);
        await database.AddFileAsync("b.gcode.3mf", b);
        await database.AddFileAsync("new.gcode.3mf", a);

        var list = await database.ListAsync(printerId: a, type: "3mf");

        list.TotalCount.Should().Be(2);
        list.Items.Select(f => f.Name).Should().Equal("new.gcode.3mf", "old.gcode.3mf");
    }

    [Test]
    public async Task Migration_WhenDatabaseHasFilesFromBefore_BackfillsSearchIndexPrinterNamesAndTotals()
    {
        using var database = new FileListDatabase();
        var mine = DatabaseMigrator.EmbeddedMigrations.Single(m => m.Name.Contains("files_list_speed", StringComparison.Ordinal));
        await database.Migrator.MigrateAsync(DatabaseMigrator.EmbeddedMigrations.Where(m => m.Version < mine.Version).ToList());
        var printer = await database.AddPrinterAsync("Werkstatt MK4");
        await database.AddFileAsync("Halterung_alt.gcode", printer);
        await database.AddFileAsync("Würfel_lokal.3mf");

        await database.Migrator.MigrateAsync();

        (await database.SearchNamesAsync("lterung_a")).Should().Equal("Halterung_alt.gcode");
        (await database.SearchNamesAsync("WÜRFEL")).Should().Equal("Würfel_lokal.3mf");
        (await database.ListAsync(sort: "-printerName")).Items.Select(f => (f.Name, f.PrinterName))
            .Should().Equal(("Halterung_alt.gcode", "Werkstatt MK4"), ("Würfel_lokal.3mf", null));
        await using var connection = await database.Connections.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM files_search")).Should().Be(2);
        var statistics = await database.Queries.GetStatisticsAsync(CancellationToken.None);
        statistics.ByPrinter.Select(p => (p.PrinterName, p.Count)).Should().BeEquivalentTo([("Werkstatt MK4", 1L), ((string?)null, 1L)]);
        (await database.ListAsync()).TotalCount.Should().Be(2);

        await database.AddFileAsync("Halterung_neu.gcode", printer);

        (await database.SearchNamesAsync("halterung")).Should().Equal("Halterung_alt.gcode", "Halterung_neu.gcode");
        (await database.ListAsync(search: "neu")).Items.Single().PrinterName.Should().Be("Werkstatt MK4");
        (await database.ListAsync(printerId: printer)).TotalCount.Should().Be(2);
    }
}
