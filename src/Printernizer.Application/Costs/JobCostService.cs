using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Jobs;
using Printernizer.Application.Printers;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Costs;

/// <summary>
/// Freezes and corrects job costs (business.md §5.2): version 1 when a job ends, version n + 1 per correction with an
/// audit entry; live costs (version 0, not frozen) for jobs still printing.
/// </summary>
public sealed class JobCostService(
    IJobRepository jobs,
    IPrinterRepository printers,
    IJobCostRepository costs,
    ICostSettingsRepository settings,
    IMaterialPriceLookup materialPrices,
    IAuditLog audit,
    TimeProvider timeProvider,
    ILogger<JobCostService> logger)
{
    public const string SystemActor = "system";

    /// <summary>Writes version 1 for an ended job that has none yet; returns the latest revision (null for open jobs).</summary>
    public async Task<CostSnapshot?> FreezeAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(jobId, cancellationToken);
        if (job is null || job.IsOpen)
        {
            return null;
        }

        var latest = await costs.GetLatestAsync(jobId, cancellationToken);
        if (latest is not null)
        {
            return latest;
        }

        var now = timeProvider.GetUtcNow();
        var inputs = await InputsAsync(job, now, cancellationToken);
        var rates = (await settings.GetRatesAsync(cancellationToken)).Value;
        var snapshot = CostSnapshot.Freeze(job.Id, inputs, rates, now, SystemActor);
        try
        {
            await costs.AddAsync(snapshot, cancellationToken);
        }
        catch (ConflictException)
        {
            // Another writer froze it first: theirs is the revision.
            return await costs.GetLatestAsync(jobId, cancellationToken);
        }

        logger.LogInformation("Froze the cost of job {JobId}: {Total} EUR", job.Id, Money.Round(snapshot.Breakdown.Total));
        return snapshot;
    }

    /// <summary>
    /// A correction of an ended job: a new revision from the job's current inputs (material used, status, times) with
    /// the reason, actor and an audit entry. <paramref name="rates"/> null keeps the rates of the latest revision; pass
    /// the current settings to re-price. Freezes version 1 instead when the job has no revision yet.
    /// </summary>
    public async Task<CostSnapshot> CorrectAsync(PrintJob job, string reason, string actor, CostRates? rates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.IsOpen)
        {
            throw new BusinessRuleException("The job is still printing: its cost is live and is frozen when it ends.");
        }

        var latest = await costs.GetLatestAsync(job.Id, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var inputs = await InputsAsync(job, now, cancellationToken);
        if (latest is null)
        {
            var first = CostSnapshot.Freeze(job.Id, inputs, rates ?? (await settings.GetRatesAsync(cancellationToken)).Value, now, actor) with { Reason = reason };
            await costs.AddAsync(first, cancellationToken);
            await audit.WriteAsync(new AuditEntry(actor, "job.cost.frozen", "job", job.Id.ToString("D"), null, Describe(first)), cancellationToken);
            return first;
        }

        var next = CostCorrection.Apply(latest, inputs, reason, actor, now, rates);
        await costs.AddAsync(next, cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "job.cost.corrected", "job", job.Id.ToString("D"), Describe(latest), Describe(next)), cancellationToken);
        return next;
    }

    /// <summary>The cost to show for a job: its latest revision, else (open or never frozen) a live calculation.</summary>
    public async Task<JobCostDto> CurrentAsync(PrintJob job, CancellationToken cancellationToken)
    {
        var latest = await costs.GetLatestAsync(job.Id, cancellationToken);
        if (latest is not null)
        {
            return ToDto(latest.Breakdown, job.Category, latest.FrozenAt, latest.Version);
        }

        var now = timeProvider.GetUtcNow();
        var rates = (await settings.GetRatesAsync(cancellationToken)).Value;
        return ToDto(CostCalculator.Calculate(await InputsAsync(job, now, cancellationToken), rates), job.Category, null, 0);
    }

    /// <summary>The job's one value (<see cref="CostBreakdown.ValueFor"/>): cents, parts add up, private without labour.</summary>
    public static JobCostDto ToDto(CostBreakdown breakdown, JobCategory category, DateTimeOffset? frozenAt, int version)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var c = breakdown.ValueFor(category);
        return new JobCostDto(c.Material, c.Energy, c.Machine, c.Labour, c.FailureAllowance, c.Total, Money.Currency, frozenAt, version);
    }

    private async Task<CostInputs> InputsAsync(PrintJob job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(job.PrinterId, cancellationToken);
        var price = await materialPrices.PricePerKgAsync(job.SpoolId, job.MaterialType, cancellationToken);
        return JobCostInputs.From(job, printer, price, now);
    }

    private static object Describe(CostSnapshot s)
    {
        var c = s.Breakdown.ValueFor(s.Inputs.Private ? JobCategory.Private : JobCategory.Business);
        return new
        {
            s.Version,
            s.Inputs.PrintSeconds,
            Grams = s.Inputs.Materials.IsDefaultOrEmpty ? 0m : s.Inputs.Materials.Sum(m => m.Grams),
            Status = s.Inputs.Status,
            s.Inputs.Private,
            c.Material,
            c.Energy,
            c.Machine,
            c.Labour,
            c.FailureAllowance,
            c.Total,
            s.Reason,
        };
    }
}
