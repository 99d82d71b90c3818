using Microsoft.Data.Sqlite;

namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// Opens a new pooled SQLite connection per unit of work, with foreign keys, a busy timeout and the application's SQL
/// functions (<see cref="SqliteFunctions"/>).
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;

    public SqliteConnectionFactory(DataFolder folder)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = folder.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        SqliteFunctions.Register(connection);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
