using Dapper;
using Microsoft.Data.Sqlite;
using Printernizer.Application.Costs;
using Printernizer.Application.Jobs;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Costs;

/// <summary>
/// The <c>cost</c> of jobs in lists and details: the latest frozen revision (rounded to cents), else a live
/// calculation with the current rates (version 0, <c>frozenAt</c> null) for jobs still printing or never frozen.
/// </summary>
public sealed class JobCostReader(ICostSettingsRepository settings, IMaterialPriceLookup materialPrices, TimeProvider timeProvider)
{
    public async Task<IReadOnlyDictionary<Guid, JobCostDto>> CostsForAsync(SqliteConnection connection, IReadOnlyList<PrintJob> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(jobs);
        var result = new Dictionary<Guid, JobCostDto>();
        if (jobs.Count == 0)
        {
            return result;
        }

        const string latestSql =
            """
            SELECT job_id AS JobId, version AS Version, frozen_at AS FrozenAt, material AS Material, energy AS Energy,
                   machine AS Machine, labour AS Labour, failure_allowance AS FailureAllowance, total AS Total,
                   energy_kwh AS EnergyKwh, print_hours AS PrintHours
            FROM job_costs WHERE is_latest = 1 AND job_id IN @Ids
            """;
        var ids = jobs.Select(j => j.Id.ToString("D")).ToList();
        var categories = jobs.GroupBy(j => j.Id).ToDictionary(g => g.Key, g => g.First().Category);
        var rows = await connection.QueryAsync<LatestRow>(new CommandDefinition(latestSql, new { Ids = ids }, cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            result[row.JobId] = JobCostService.ToDto(row.Breakdown(), categories[row.JobId], row.FrozenAt, (int)row.Version);
        }

        var live = jobs.Where(j => !result.ContainsKey(j.Id)).ToList();
        if (live.Count == 0)
        {
            return result;
        }

        const string printersSql = "SELECT id AS Id, power_watts AS PowerWatts, hourly_rate AS HourlyRate FROM printers WHERE id IN @Ids";
        var printerIds = live.Select(j => j.PrinterId.ToString("D")).Distinct().ToList();
        var printers = (await connection.QueryAsync<PrinterRates>(new CommandDefinition(printersSql, new { Ids = printerIds }, cancellationToken: cancellationToken)))
            .ToDictionary(p => p.Id, p => new Printer
            {
                Id = p.Id,
                Name = string.Empty,
                PowerWatts = p.PowerWatts is null ? null : decimal.Parse(p.PowerWatts, System.Globalization.CultureInfo.InvariantCulture),
                HourlyRate = p.HourlyRate is null ? null : decimal.Parse(p.HourlyRate, System.Globalization.CultureInfo.InvariantCulture),
            });
        var rates = (await settings.GetRatesAsync(cancellationToken)).Value;
        var now = timeProvider.GetUtcNow();
        foreach (var job in live)
        {
            var price = await materialPrices.PricePerKgAsync(job.SpoolId, job.MaterialType, cancellationToken);
            var inputs = JobCostInputs.From(job, printers.GetValueOrDefault(job.PrinterId), price, now);
            result[job.Id] = JobCostService.ToDto(CostCalculator.Calculate(inputs, rates), job.Category, null, 0);
        }

        return result;
    }

    private sealed class PrinterRates
    {
        public Guid Id { get; init; }
        public string? PowerWatts { get; init; }
        public string? HourlyRate { get; init; }
    }

    private sealed class LatestRow
    {
        public Guid JobId { get; init; }
        public long Version { get; init; }
        public DateTimeOffset FrozenAt { get; init; }
        public string Material { get; init; } = "0";
        public string Energy { get; init; } = "0";
        public string Machine { get; init; } = "0";
        public string Labour { get; init; } = "0";
        public string FailureAllowance { get; init; } = "0";
        public string Total { get; init; } = "0";
        public string EnergyKwh { get; init; } = "0";
        public string PrintHours { get; init; } = "0";

        public CostBreakdown Breakdown() =>
            new(D(Material), D(Energy), D(Machine), D(Labour), D(FailureAllowance), D(Total), D(EnergyKwh), D(PrintHours));

        private static decimal D(string text) => decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }
}
