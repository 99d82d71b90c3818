using System.Data.Common;
using Dapper;

namespace Printernizer.Infrastructure.Orders;

/// <summary>Gapless counters: call inside the transaction that inserts the numbered row, so a rollback returns the number.</summary>
internal static class NumberSequences
{
    public static Task<long> NextAsync(DbConnection connection, DbTransaction transaction, string scope, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO number_sequences (scope, last_value) VALUES (@Scope, 1)
            ON CONFLICT (scope) DO UPDATE SET last_value = last_value + 1
            RETURNING last_value
            """;
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new { Scope = scope }, transaction, cancellationToken: cancellationToken));
    }
}
