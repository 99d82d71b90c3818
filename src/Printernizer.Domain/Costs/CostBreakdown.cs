using Printernizer.Domain.Jobs;

namespace Printernizer.Domain.Costs;

/// <summary>
/// The cost of one job (business.md §2.2). <see cref="Total"/> is the Selbstkosten (material + energy + machine +
/// failure allowance + labour). Since calculation version 2 the components are cents and the total is their sum;
/// revisions frozen before are normalised by <see cref="ToCents"/> / <see cref="ValueFor"/> when read.
/// </summary>
public sealed record CostBreakdown(
    decimal Material,
    decimal Energy,
    decimal Machine,
    decimal Labour,
    decimal FailureAllowance,
    decimal Total,
    decimal EnergyKwh,
    decimal PrintHours)
{
    /// <summary>
    /// What the job really cost, without the failure allowance (a pricing buffer, business.md §2.2): the figure for
    /// reports of actual cost, so recorded failed jobs are not counted twice.
    /// </summary>
    public decimal ActualCost => Material + Energy + Machine + Labour;

    /// <summary>Selbstkosten without owner labour and without markup: the value of a private print (business.md §3).</summary>
    public decimal CostWithoutLabour => Material + Energy + Machine + FailureAllowance;

    /// <summary>
    /// Every money amount rounded to cents (half-up) and <see cref="Total"/> = the sum of the rounded components, so the
    /// parts always add up to the total. Idempotent (a version-2 breakdown is already in cents).
    /// </summary>
    public CostBreakdown ToCents()
    {
        var material = Money.Round(Material);
        var energy = Money.Round(Energy);
        var machine = Money.Round(Machine);
        var labour = Money.Round(Labour);
        var failure = Money.Round(FailureAllowance);
        return this with
        {
            Material = material,
            Energy = energy,
            Machine = machine,
            Labour = labour,
            FailureAllowance = failure,
            Total = material + energy + machine + labour + failure,
        };
    }

    /// <summary>
    /// The one value of a job of <paramref name="category"/>, shown the same on the job page, in lists, CSV, Excel and
    /// DATEV: <see cref="ToCents"/>, and for a private print without owner labour (business.md §3) — also for revisions
    /// frozen before private prints were calculated without it.
    /// </summary>
    public CostBreakdown ValueFor(JobCategory category)
    {
        var cents = ToCents();
        return category == JobCategory.Private && cents.Labour != 0m
            ? cents with { Labour = 0m, Total = cents.Total - cents.Labour }
            : cents;
    }
}
