namespace Printernizer.Domain.Costs;

/// <summary>
/// The cost of one job (business.md §2.2), at full decimal precision. <see cref="Total"/> is the Selbstkosten
/// (material + energy + machine + failure allowance + labour). Round only for display or export
/// (<see cref="ToCents"/>) and for prices (<see cref="Pricing"/>).
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
    /// Every money amount rounded to cents (half-up). <see cref="Total"/> is the rounded full-precision total, so the
    /// rounded components may differ from it by a cent.
    /// </summary>
    public CostBreakdown ToCents() => this with
    {
        Material = Money.Round(Material),
        Energy = Money.Round(Energy),
        Machine = Money.Round(Machine),
        Labour = Money.Round(Labour),
        FailureAllowance = Money.Round(FailureAllowance),
        Total = Money.Round(Total),
    };
}
