namespace Printernizer.Domain.Costs;

/// <summary>
/// The cost model of business.md §2.2. Pure and deterministic. Intermediate values (kWh, hours, grams × price) keep
/// full decimal precision; each money component is then rounded to cents (half-up) and the total is the sum of the
/// rounded components, so the parts shown anywhere always add up to the total shown (issue 15). The failure allowance is
/// the percentage of the rounded material + energy + machine, so it can be recomputed from the figures on paper.
/// A private print (<see cref="CostInputs.Private"/>) carries no owner labour (business.md §3).
/// <para>
/// Jobs that did not complete (failed, cancelled, interrupted) cost what they consumed: material scaled by progress
/// when only the whole-job estimate is known, energy and machine for the actual print time, the labour spent. They
/// carry no failure allowance: the allowance is a pricing buffer for failures that have not happened, and a recorded
/// failure is already its own actual cost (§2.2 "reports of actual cost must not add it on top of recorded failures").
/// Completed jobs keep the allowance in <see cref="CostBreakdown.Total"/> (the Selbstkosten prices are based on);
/// reports of actual cost use <see cref="CostBreakdown.ActualCost"/>, which leaves it out for every job.
/// </para>
/// </summary>
public static class CostCalculator
{
    public static CostBreakdown Calculate(CostInputs inputs, CostRates rates)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentOutOfRangeException.ThrowIfNegative(inputs.PrintSeconds);

        var materialShare = inputs.Completed || !inputs.MaterialIsFullJobEstimate
            ? 1m
            : Math.Clamp(inputs.ProgressPercent, 0m, 100m) / 100m;

        var material = 0m;
        foreach (var usage in inputs.Materials.IsDefault ? [] : inputs.Materials)
        {
            var pricePerKg = usage.PricePerKg ?? rates.FilamentPriceFor(usage.MaterialType);
            material += Math.Max(0m, usage.Grams) * pricePerKg * materialShare / 1000m;
        }

        // Multiply first, divide last: keeps results exact where they can be (4.5 h × 95 W = 0.4275 kWh, not 0.42749…).
        var seconds = (decimal)inputs.PrintSeconds;
        var printHours = seconds / 3600m;
        var powerWatts = inputs.PrinterPowerWatts ?? rates.DefaultPowerWatts;
        var energyKwh = inputs.MeasuredKwh ?? ((powerWatts * seconds / 3_600_000m) + rates.HeatUpKwh);
        var energy = Money.Round(energyKwh * rates.ElectricityPerKwh);
        var machine = Money.Round(seconds * (inputs.MachineHourlyRate ?? rates.DefaultHourlyRate) / 3600m);
        material = Money.Round(material);

        var setupMinutes = inputs.SetupMinutes ?? rates.SetupMinutesPerJob;
        var postprocessMinutes = inputs.PostprocessMinutes ?? (inputs.Completed ? rates.PostprocessMinutesPerJob : 0m);
        var labour = inputs.Private ? 0m : Money.Round((setupMinutes + postprocessMinutes) * rates.LabourPerHour / 60m);

        var failureAllowance = inputs.Completed ? Money.Round((material + energy + machine) * rates.FailureAllowancePercent / 100m) : 0m;
        var total = material + energy + machine + failureAllowance + labour;

        return new CostBreakdown(material, energy, machine, labour, failureAllowance, total, energyKwh, printHours);
    }
}
