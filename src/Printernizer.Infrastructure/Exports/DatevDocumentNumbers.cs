using Dapper;
using Printernizer.Application.Exports;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Exports;

/// <summary>
/// Belegfeld 1 numbers in <c>datev_document_numbers</c> (migration 0012): the stored number of a (job, prefix), else
/// the next value of the gapless counter <c>datev:&lt;prefix&gt;:&lt;year&gt;</c>, inserted in the same transaction.
/// </summary>
public sealed class DatevDocumentNumbers(SqliteConnectionFactory connections, TimeProvider timeProvider) : IDatevDocumentNumbers
{
    public async Task<IReadOnlyDictionary<DatevDocumentNumberRequest, string>> AssignAsync(IReadOnlyList<DatevDocumentNumberRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        const string existingSql = "SELECT document_number FROM datev_document_numbers WHERE job_id = @JobId AND prefix = @Prefix";
        const string nextSql =
            """
            INSERT INTO number_sequences (scope, last_value) VALUES (@Scope, 1)
            ON CONFLICT (scope) DO UPDATE SET last_value = last_value + 1
            RETURNING last_value
            """;
        const string insertSql =
            """
            INSERT INTO datev_document_numbers (job_id, prefix, year, number, document_number, assigned_at)
            VALUES (@JobId, @Prefix, @Year, @Number, @DocumentNumber, @At)
            """;
        var result = new Dictionary<DatevDocumentNumberRequest, string>();
        if (requests.Count == 0)
        {
            return result;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = timeProvider.GetUtcNow();
        foreach (var request in requests.Distinct())
        {
            var key = new { JobId = request.JobId.ToString("D"), request.Prefix };
            var existing = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(existingSql, key, transaction, cancellationToken: cancellationToken));
            if (existing is null)
            {
                var number = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    nextSql, new { Scope = $"datev:{request.Prefix}:{request.Year:0000}" }, transaction, cancellationToken: cancellationToken));
                existing = request.Format(number);
                await connection.ExecuteAsync(new CommandDefinition(insertSql, new
                {
                    key.JobId,
                    request.Prefix,
                    request.Year,
                    Number = number,
                    DocumentNumber = existing,
                    At = at,
                }, transaction, cancellationToken: cancellationToken));
            }

            result[request] = existing;
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
