using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Printernizer.Application.Files;
using Printernizer.Domain.Files;
using Printernizer.Infrastructure.Files;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Persistence.Queries;
using Printernizer.Infrastructure.Persistence.Repositories;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Persistence.Files;

/// <summary>A migrated SQLite database in a temp folder with helpers to seed printers and file rows by plain SQL.</summary>
internal sealed class FileListDatabase : IDisposable
{
    private readonly TestDirectory _directory = new();
    private int _sequence;

    public FileListDatabase()
    {
        Connections = new SqliteConnectionFactory(new DataFolder(_directory.Path));
        Migrator = new DatabaseMigrator(Connections, NullLogger<DatabaseMigrator>.Instance, TimeProvider.System);
        Queries = new FileQueries(Connections);
        Repository = new FileRepository(Connections, new FileChangeSignal());
    }

    public SqliteConnectionFactory Connections { get; }

    public DatabaseMigrator Migrator { get; }

    public FileQueries Queries { get; }

    public FileRepository Repository { get; }

    public static async Task<FileListDatabase> CreateAsync()
    {
        var database = new FileListDatabase();
        await database.Migrator.MigrateAsync();
        return database;
    }

    public async Task<Guid> AddPrinterAsync(string name)
    {
        var id = Guid.NewGuid();
        await using var connection = await Connections.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO printers (id, name, kind, host, created_at, updated_at) VALUES (@Id, @Name, 'simulated', '127.0.0.1', @Now, @Now)",
            new { Id = id.ToString("D"), Name = name, Now = "2026-11-21T10:00:00.0000000Z" });
        return id;
    }

    public async Task RenamePrinterAsync(Guid id, string name)
    {
        await using var connection = await Connections.OpenAsync();
        await connection.ExecuteAsync("UPDATE printers SET name = @Name WHERE id = @Id", new { Id = id.ToString("D"), Name = name });
    }

    public async Task DeletePrinterAsync(Guid id)
    {
        await using var connection = await Connections.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM printers WHERE id = @Id", new { Id = id.ToString("D") });
    }

    /// <summary>A file row as a sync or an upload writes it (printer files under /cache, local uploads under local/).</summary>
    public async Task<Guid> AddFileAsync(string name, Guid? printerId = null, string status = "available")
    {
        var id = Guid.NewGuid();
        var modified = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(_sequence++);
        await using var connection = await Connections.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO files (id, printer_id, source_path, path, name, type, size_bytes, modified_at, status, created_at, updated_at)
            VALUES (@Id, @PrinterId, @SourcePath, @Path, @Name, @Type, 1000, @Modified, @Status, @Modified, @Modified)
            """,
            new
            {
                Id = id.ToString("D"),
                PrinterId = printerId?.ToString("D"),
                SourcePath = printerId is null ? null : "/cache/" + name,
                Path = printerId is null ? "local/2026/01/" + name : "/cache/" + name,
                Name = name,
                Type = PrinterFile.TypeOf(name),
                Modified = modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                Status = status,
            });
        return id;
    }

    public Task<Application.Common.Models.PagedList<FileDto>> ListAsync(string? search = null, string sort = "-modifiedAt", Guid? printerId = null, int pageSize = 500, string? type = null) =>
        Queries.ListAsync(new FileListFilter(printerId, null, type, search, 1, pageSize, sort), CancellationToken.None);

    public async Task<List<string>> SearchNamesAsync(string search)
    {
        var page = await ListAsync(search);
        page.TotalCount.Should().Be(page.Items.Count, "the total of search {0} counts the rows it lists", search);
        return page.Items.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => _directory.Dispose();
}
