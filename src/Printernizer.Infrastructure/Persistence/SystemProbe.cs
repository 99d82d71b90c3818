using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Diagnostics;

namespace Printernizer.Infrastructure.Persistence;

public sealed class SystemProbe(SqliteConnectionFactory connections) : ISystemProbe
{
    public async Task<bool> DatabaseOkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken)) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
