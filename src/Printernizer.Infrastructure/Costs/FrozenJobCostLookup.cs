using System.Globalization;
using Dapper;
using Printernizer.Application.Orders;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Costs;

/// <summary>The latest frozen cost total of each job (orders' actual cost and margin).</summary>
public sealed class FrozenJobCostLookup(SqliteConnectionFactory connections) : IJobCostLookup
{
    public async Task<IReadOnlyDictionary<Guid, decimal>> GetFrozenTotalsAsync(IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken)
    {
        const string sql = "SELECT job_id AS JobId, total AS Total FROM job_costs WHERE is_latest = 1 AND job_id IN @Ids";
        if (jobIds.Count == 0)
        {
            return new Dictionary<Guid, decimal>();
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string JobId, string Total)>(new CommandDefinition(
            sql, new { Ids = jobIds.Select(id => id.ToString("D")).ToArray() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => Guid.Parse(r.JobId), r => decimal.Parse(r.Total, CultureInfo.InvariantCulture));
    }
}
