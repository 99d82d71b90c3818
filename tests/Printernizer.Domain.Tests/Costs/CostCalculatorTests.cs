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
    public void Calculate_WhenWorkedExampleOfBusinessDoc_ReproducesEveryComponentExactly()
    {
        var cost = CostCalculator.Calculate(WorkedExample(), CostRates.GermanDefaults);

        cost.Material.Should().Be(1.87m);
        cost.EnergyKwh.Should().Be(0.4275m);
        cost.Energy.Should().Be(0.12825m);
        cost.Machine.Should().Be(0.603m);
        cost.FailureAllowance.Should().Be(0.1300625m);
        cost.Labour.Should().Be(15.00m);
        cost.Total.Should().Be(17.7313125m, "Selbstkosten are kept at full precision");
        cost.PrintHours.Should().Be(4.5m);
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

        cost.Energy.Should().Be(0.095m * 0.30m);
        cost.Machine.Should().Be(0.134m);
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
        measured.Energy.Should().Be(0.093m);
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
        cost.Energy.Should().Be(0.057m, "95 W for the 2 h it really printed");
        cost.Machine.Should().Be(0.268m);
        cost.Labour.Should().Be(6.00m, "setup happened, there is nothing to post-process");
        cost.FailureAllowance.Should().Be(0m, "a recorded failure is actual cost, the allowance is not added on top");
        cost.Total.Should().Be(7.925m);
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

        cost.ActualCost.Should().Be(17.7313125m - 0.1300625m);
        cost.CostWithoutLabour.Should().Be(2.7313125m);
    }

    [Test]
    public void Calculate_WhenEverythingIsZero_CostsNothing()
    {
        var inputs = new CostInputs { PrintSeconds = 0, SetupMinutes = 0m, PostprocessMinutes = 0m };

        var cost = CostCalculator.Calculate(inputs, CostRates.GermanDefaults);

        cost.ToCents().Should().BeEquivalentTo(new { Material = 0m, Energy = 0m, Machine = 0m, Labour = 0m, FailureAllowance = 0m, Total = 0m });
    }

    [Test]
    public void ToCents_WhenTinyJob_RoundsTheFullPrecisionTotalNotTheRoundedParts()
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

        cost.Material.Should().Be(0.0125m);
        cents.Material.Should().Be(0.01m);
        cents.Energy.Should().Be(0.00m);
        cents.Machine.Should().Be(0.00m);
        cents.Total.Should().Be(0.02m, "0.0159683… rounds to 0.02 even though the rounded parts add up to 0.01");
    }

    [Test]
    public void Calculate_WhenNegativeSeconds_Throws()
    {
        var act = () => CostCalculator.Calculate(new CostInputs { PrintSeconds = -1 }, CostRates.GermanDefaults);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
