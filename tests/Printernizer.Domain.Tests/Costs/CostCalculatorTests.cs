using System.Collections.Immutable;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Domain.Tests.Costs;

public sealed class CostCalculatorTests
{
    /// <summary>business.md §2.3: Bambu A1, PLA 22 €/kg, 85 g, 4.5 h, 420 € / 5,000 h + 0.05 €/h, 25 hands-on minutes.</summary>
    internal static CostInputs WorkedExample() => new()
    {
        PrintSeconds = 16_200,
        Materials = [new MaterialUsage("PLA", 85m, 22.00m)],
        PrinterPowerWatts = 95m,
        MachineHourlyRate = MachineRate.FromPurchase(420m, 5_000m, 0.05m),
        SetupMinutes = 15m,
        PostprocessMinutes = 10m,
    };

    [Test]
    public void Calculate_WhenWorkedExampleOfBusinessDoc_ReproducesEveryComponentInCents()
    {
        var cost = CostCalculator.Calculate(WorkedExample(), CostRates.GermanDefaults);

        cost.Material.Should().Be(1.87m, "0.085 kg × 22.00");
        cost.EnergyKwh.Should().Be(0.4275m, "95 W × 4.5 h, kept at full precision");
        cost.Energy.Should().Be(0.13m, "0.4275 kWh × 0.30 = 0.12825 → 0.13");
        cost.Machine.Should().Be(0.60m, "4.5 h × 0.134 = 0.603 → 0.60");
        cost.FailureAllowance.Should().Be(0.13m, "5 % × (1.87 + 0.13 + 0.60) = 0.13");
        cost.Labour.Should().Be(15.00m, "25/60 h × 36.00");
        cost.Total.Should().Be(17.73m, "Selbstkosten = the sum of the rounded parts");
        cost.PrintHours.Should().Be(4.5m);
    }

    [Test]
    public void Calculate_WhenWorkedExampleIsAPrivatePrint_LeavesOwnerLabourOutAndIsWorth273()
    {
        var cost = CostCalculator.Calculate(WorkedExample() with { Private = true }, CostRates.GermanDefaults);

        cost.Labour.Should().Be(0m);
        cost.Total.Should().Be(2.73m, "business.md §3: material + energy + machine + failure allowance");
    }

    [Test]
    public void ToCents_WhenWorkedExample_RoundsEachAmountHalfUp()
    {
        var cents = CostCalculator.Calculate(WorkedExample(), CostRates.GermanDefaults).ToCents();

        cents.Should().BeEquivalentTo(new { Material = 1.87m, Energy = 0.13m, Machine = 0.60m, FailureAllowance = 0.13m, Labour = 15.00m, Total = 17.73m });
    }

    [Test]
    public void MachineRate_WhenA1PurchaseData_Is0134PerHour()
    {
        MachineRate.FromPurchase(420m, 5_000m, 0.05m).Should().Be(0.134m);
        MachineRate.FromPurchase(420m, 5_000m, 0.05m, residualValue: 20m).Should().Be(0.13m);
    }

    [Test]
    public void GermanDefaults_WhenRead_MatchBusinessDocSection1()
    {
        var rates = CostRates.GermanDefaults;

        rates.Should().BeEquivalentTo(new
        {
            ElectricityPerKwh = 0.30m,
            DefaultPowerWatts = 95m,
            HeatUpKwh = 0m,
            LabourPerHour = 36.00m,
            SetupMinutesPerJob = 10m,
            PostprocessMinutesPerJob = 10m,
            FailureAllowancePercent = 5m,
            MarginPercent = 30m,
            VatRatePercent = 19m,
            SmallBusiness = false,
        }, o => o.ExcludingMissingMembers());
        rates.FilamentPriceFor("PLA").Should().Be(25.00m, "the fallback applies when no price is known");
    }

    [Test]
    public void Calculate_WhenNoSpoolPrice_UsesTheMaterialTypeDefaultElseTheFallback()
    {
        var rates = CostRates.GermanDefaults with { FilamentPricePerKg = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, [KeyValuePair.Create("PETG", 20m)]) };
        var inputs = new CostInputs
        {
            PrintSeconds = 0,
            Materials = [new MaterialUsage("petg", 100m), new MaterialUsage("ASA", 100m), new MaterialUsage(null, 40m)],
            SetupMinutes = 0m,
            PostprocessMinutes = 0m,
        };

        var cost = CostCalculator.Calculate(inputs, rates);

        cost.Material.Should().Be(2.00m + 2.50m + 1.00m);
    }

    [Test]
    public void Calculate_WhenDefaultsOnly_UsesDefaultPowerMachineRateAndLabourMinutes()
    {
        var cost = CostCalculator.Calculate(new CostInputs { PrintSeconds = 3_600 }, CostRates.GermanDefaults);

        cost.Energy.Should().Be(0.03m, "0.095 kWh × 0.30 = 0.0285");
        cost.Machine.Should().Be(0.13m, "0.134 → 0.13");
        cost.Labour.Should().Be(12.00m, "10 + 10 minutes at 36 €/h");
    }

    [Test]
    public void Calculate_WhenEnergyMeasured_UsesTheMeasurementInsteadOfPowerAndHeatUp()
    {
        var rates = CostRates.GermanDefaults with { HeatUpKwh = 0.05m };
        var estimated = CostCalculator.Calculate(new CostInputs { PrintSeconds = 7_200 }, rates);
        var measured = CostCalculator.Calculate(new CostInputs { PrintSeconds = 7_200, MeasuredKwh = 0.31m }, rates);

        estimated.EnergyKwh.Should().Be(0.19m + 0.05m);
        measured.EnergyKwh.Should().Be(0.31m);
        measured.Energy.Should().Be(0.09m, "0.31 × 0.30 = 0.093");
    }

    [Test]
    public void Calculate_WhenFailedAt40PercentWithWholeJobEstimate_ChargesWhatWasConsumedWithoutAllowance()
    {
        var inputs = new CostInputs
        {
            PrintSeconds = 7_200,
            Materials = [new MaterialUsage("PLA", 200m, 20.00m)],
            MaterialIsFullJobEstimate = true,
            Status = JobStatus.Failed,
            ProgressPercent = 40m,
        };

        var cost = CostCalculator.Calculate(inputs, CostRates.GermanDefaults);

        cost.Material.Should().Be(1.60m, "40 % of 200 g = 80 g at 20 €/kg");
        cost.Energy.Should().Be(0.06m, "95 W for the 2 h it really printed: 0.057");
        cost.Machine.Should().Be(0.27m, "0.268");
        cost.Labour.Should().Be(6.00m, "setup happened, there is nothing to post-process");
        cost.FailureAllowance.Should().Be(0m, "a recorded failure is actual cost, the allowance is not added on top");
        cost.Total.Should().Be(7.93m, "1.60 + 0.06 + 0.27 + 6.00");
        cost.ActualCost.Should().Be(cost.Total);
    }

    [Test]
    public void Calculate_WhenCancelledWithActualGrams_DoesNotScaleTheMaterial()
    {
        var inputs = new CostInputs
        {
            PrintSeconds = 1_800,
            Materials = [new MaterialUsage("PLA", 30m, 20.00m)],
            Status = JobStatus.Cancelled,
            ProgressPercent = 40m,
        };

        CostCalculator.Calculate(inputs, CostRates.GermanDefaults).Material.Should().Be(0.60m);
    }

    [Test]
    public void ActualCost_WhenCompletedJob_LeavesTheAllowanceOut()
    {
        var cost = CostCalculator.Calculate(WorkedExample(), CostRates.GermanDefaults);

        cost.ActualCost.Should().Be(17.73m - 0.13m);
        cost.CostWithoutLabour.Should().Be(2.73m);
    }

    [Test]
    public void Calculate_WhenEverythingIsZero_CostsNothing()
    {
        var inputs = new CostInputs { PrintSeconds = 0, SetupMinutes = 0m, PostprocessMinutes = 0m };

        var cost = CostCalculator.Calculate(inputs, CostRates.GermanDefaults);

        cost.ToCents().Should().BeEquivalentTo(new { Material = 0m, Energy = 0m, Machine = 0m, Labour = 0m, FailureAllowance = 0m, Total = 0m });
    }

    [Test]
    public void Calculate_WhenTinyJob_TotalIsTheSumOfTheRoundedParts()
    {
        var inputs = new CostInputs
        {
            PrintSeconds = 60,
            Materials = [new MaterialUsage("PLA", 0.5m, 25m)],
            SetupMinutes = 0m,
            PostprocessMinutes = 0m,
        };

        var cost = CostCalculator.Calculate(inputs, CostRates.GermanDefaults);
        var cents = cost.ToCents();

        cost.Material.Should().Be(0.01m, "0.0125 → 0.01");
        cents.Should().Be(cost, "a version-2 breakdown is already in cents");
        cost.Energy.Should().Be(0.00m);
        cost.Machine.Should().Be(0.00m);
        cost.Total.Should().Be(0.01m, "the rounded parts add up to 0.01 (the unrounded sum 0.0159… would show 0.02)");
    }

    [Test]
    public void Calculate_WhenNegativeSeconds_Throws()
    {
        var act = () => CostCalculator.Calculate(new CostInputs { PrintSeconds = -1 }, CostRates.GermanDefaults);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
