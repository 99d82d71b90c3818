using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Costs;
using Printernizer.Domain.Costs;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Costs;

/// <summary>Cost revisions in <c>job_costs</c>: inserted, never updated (a trigger guards the frozen columns).</summary>
public sealed class JobCostRepository(SqliteConnectionFactory connections) : IJobCostRepository
{
    internal const string SelectColumns =
        """
        SELECT c.job_id AS JobId, c.version AS Version, c.frozen_at AS FrozenAt, c.calculation_version AS CalculationVersion,
               c.reason AS Reason, c.actor AS Actor, c.inputs_json AS InputsJson, c.rates_json AS RatesJson,
               c.material AS Material, c.energy AS Energy, c.machine AS Machine, c.labour AS Labour,
               c.failure_allowance AS FailureAllowance, c.total AS Total, c.energy_kwh AS EnergyKwh, c.print_hours AS PrintHours
        FROM job_costs c
        """;

    public async Task<CostSnapshot?> GetLatestAsync(Guid jobId, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE c.job_id = @JobId AND c.is_latest = 1";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CostRow>(new CommandDefinition(sql, new { JobId = jobId }, cancellationToken: cancellationToken));
        return row?.ToSnapshot();
    }

    public async Task<IReadOnlyList<CostSnapshot>> ListVersionsAsync(Guid jobId, CancellationToken cancellationToken)
    {
        const string sql = SelectColumns + " WHERE c.job_id = @JobId ORDER BY c.version";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CostRow>(new CommandDefinition(sql, new { JobId = jobId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSnapshot()).ToList();
    }

    public async Task AddAsync(CostSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        const string supersede = "UPDATE job_costs SET is_latest = 0 WHERE job_id = @JobId AND is_latest = 1 AND version = @Previous";
        const string insert =
            """
            INSERT INTO job_costs (job_id, version, frozen_at, calculation_version, reason, actor, inputs_json, rates_json,
                                   material, energy, machine, labour, failure_allowance, total, energy_kwh, print_hours, is_latest)
            VALUES (@JobId, @Version, @FrozenAt, @CalculationVersion, @Reason, @Actor, @InputsJson, @RatesJson,
                    @Material, @Energy, @Machine, @Labour, @FailureAllowance, @Total, @EnergyKwh, @PrintHours, 1)
            """;
        var b = snapshot.Breakdown;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var superseded = await connection.ExecuteAsync(new CommandDefinition(supersede, new { snapshot.JobId, Previous = snapshot.Version - 1 }, transaction, cancellationToken: cancellationToken));
            if (snapshot.Version > 1 && superseded != 1)
            {
                throw new ConflictException($"The cost of job {snapshot.JobId:D} was changed meanwhile; reload and try again.");
            }

            await connection.ExecuteAsync(new CommandDefinition(insert, new
            {
                snapshot.JobId,
                snapshot.Version,
                snapshot.FrozenAt,
                snapshot.CalculationVersion,
                snapshot.Reason,
                snapshot.Actor,
                InputsJson = CostJson.Serialize(snapshot.Inputs),
                RatesJson = CostJson.Serialize(snapshot.Rates),
                Material = Text(b.Material),
                Energy = Text(b.Energy),
                Machine = Text(b.Machine),
                Labour = Text(b.Labour),
                FailureAllowance = Text(b.FailureAllowance),
                Total = Text(b.Total),
                EnergyKwh = Text(b.EnergyKwh),
                PrintHours = Text(b.PrintHours),
            }, transaction, cancellationToken: cancellationToken));
            // The new latest revision changes the job's costs in the analytics rollup, in the same transaction.
            var key = await JobDailyTotals.ReadKeyAsync(connection, transaction, snapshot.JobId, cancellationToken);
            await JobDailyTotals.RefreshAsync(connection, transaction, [key], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new ConflictException($"Cost revision {snapshot.Version} of job {snapshot.JobId:D} exists already.", ex);
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal class CostRow
    {
        public Guid JobId { get; init; }
        public long Version { get; init; }
        public DateTimeOffset FrozenAt { get; init; }
        public long CalculationVersion { get; init; }
        public string? Reason { get; init; }
        public string? Actor { get; init; }
        public string InputsJson { get; init; } = "";
        public string RatesJson { get; init; } = "";
        public string Material { get; init; } = "0";
        public string Energy { get; init; } = "0";
        public string Machine { get; init; } = "0";
        public string Labour { get; init; } = "0";
        public string FailureAllowance { get; init; } = "0";
        public string Total { get; init; } = "0";
        public string EnergyKwh { get; init; } = "0";
        public string PrintHours { get; init; } = "0";

        public CostSnapshot ToSnapshot() => new()
        {
            JobId = JobId,
            Version = (int)Version,
            FrozenAt = FrozenAt,
            CalculationVersion = (int)CalculationVersion,
            Reason = Reason,
            Actor = Actor,
            Inputs = CostJson.Inputs(InputsJson),
            Rates = CostJson.Rates(RatesJson),
            Breakdown = new CostBreakdown(D(Material), D(Energy), D(Machine), D(Labour), D(FailureAllowance), D(Total), D(EnergyKwh), D(PrintHours)),
        };

        private static decimal D(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
