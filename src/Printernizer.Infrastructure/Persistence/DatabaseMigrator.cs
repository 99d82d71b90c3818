using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered embedded scripts (<c>Migrations/NNNN_name.sql</c>) newer than <c>schema_version</c>, each in
/// its own transaction. A failing script is rolled back and stops start-up with a clear message.
/// </summary>
public sealed partial class DatabaseMigrator(SqliteConnectionFactory connections, ILogger<DatabaseMigrator> logger, TimeProvider timeProvider)
{
    private const string ResourcePrefix = "Printernizer.Infrastructure.Persistence.Migrations.";

    public static IReadOnlyList<Migration> EmbeddedMigrations { get; } = LoadEmbedded();

    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateAsync(EmbeddedMigrations, cancellationToken);

    public async Task MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            );
            """);
        var current = await connection.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM schema_version") ?? 0;

        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await connection.ExecuteAsync(migration.Sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = timeProvider.GetUtcNow() },
                    transaction);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied database migration {Version} {Name}", migration.Version, migration.Name);
            }
            catch (SqliteException ex)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new MigrationException(
                    $"Database migration {migration.Version:D4} '{migration.Name}' failed: {ex.Message}. " +
                    "The database was left unchanged at schema version " + current.ToString(CultureInfo.InvariantCulture) + ".", ex);
            }

            current = migration.Version;
        }

        // Keeps the query planner's statistics fresh (cheap: only tables whose size changed a lot are re-analyzed), so
        // list queries keep choosing the right index as the history grows.
        await connection.ExecuteAsync("PRAGMA optimize;");
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var fileName = resource[ResourcePrefix.Length..];
            var match = MigrationName().Match(fileName);
            if (!match.Success)
            {
                throw new MigrationException($"Embedded migration '{fileName}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        if (list.GroupBy(m => m.Version).Any(g => g.Count() > 1))
        {
            throw new MigrationException("Two embedded migrations share a version number.");
        }

        return list.OrderBy(m => m.Version).ToList();
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}

/// <summary>One numbered schema script.</summary>
public sealed record Migration(int Version, string Name, string Sql);
