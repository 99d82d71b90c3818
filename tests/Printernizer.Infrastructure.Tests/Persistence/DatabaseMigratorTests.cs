using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Persistence;

public sealed class DatabaseMigratorTests
{
    [Test]
    public async Task MigrateAsync_WhenNewDatabase_AppliesEveryEmbeddedScriptInWalMode()
    {
        using var dir = new TestDirectory();
        var connections = new SqliteConnectionFactory(new DataFolder(dir.Path));
        var migrator = new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance, TimeProvider.System);

        await migrator.MigrateAsync();
        await migrator.MigrateAsync(); // idempotent

        await using var connection = await connections.OpenAsync();
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version")).ToList();
        versions.Should().Equal(DatabaseMigrator.EmbeddedMigrations.Select(m => (long)m.Version));
        (await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode")).Should().Be("wal");
        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).Should().Be(1);
    }

    [Test]
    public async Task MigrateAsync_WhenAScriptFails_RollsItBackAndLeavesTheDatabaseAsItWas()
    {
        using var dir = new TestDirectory();
        var connections = new SqliteConnectionFactory(new DataFolder(dir.Path));
        var migrator = new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance, TimeProvider.System);
        var good = new Migration(1, "good", "CREATE TABLE a (id INTEGER PRIMARY KEY); INSERT INTO a VALUES (1);");
        var bad = new Migration(2, "bad", "CREATE TABLE b (id INTEGER); INSERT INTO a VALUES (2); THIS IS NOT SQL;");
        await migrator.MigrateAsync([good]);

        var act = () => migrator.MigrateAsync([good, bad]);

        var error = (await act.Should().ThrowAsync<MigrationException>()).Which;
        error.Message.Should().Contain("0002 'bad' failed").And.Contain("left unchanged at schema version 1");
        await using var connection = await connections.OpenAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT MAX(version) FROM schema_version")).Should().Be(1);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'")).Should().Be(0);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM a")).Should().Be(1);
    }

    [Test]
    public void EmbeddedMigrations_WhenLoaded_AreNumberedWithoutGaps()
    {
        var versions = DatabaseMigrator.EmbeddedMigrations.Select(m => m.Version).ToList();

        versions.Should().NotBeEmpty();
        versions.Should().Equal(Enumerable.Range(1, versions.Count));
    }
}
