using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Domain.Tests.Costs;

/// <summary>Issue 15: one value per job, parts that add up to the total, private prints without owner labour.</summary>
public sealed class JobValueTests
{
    [Test]
    public void Calculate_WhenManyRandomJobs_TotalIsAlwaysTheSumOfTheCentParts()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 5_000; i++)
        {
            var inputs = RandomInputs(random);
            var rates = RandomRates(random);

            var cost = CostCalculator.Calculate(inputs, rates);

            foreach (var part in new[] { cost.Material, cost.Energy, cost.Machine, cost.Labour, cost.FailureAllowance, cost.Total })
            {
                part.Should().Be(Money.Round(part), "every component is cents (case {0})", i);
            }

            cost.Total.Should().Be(cost.Material + cost.Energy + cost.Machine + cost.Labour + cost.FailureAllowance, "case {0}", i);
            if (inputs.Private)
            {
                cost.Labour.Should().Be(0m, "a private print carries no owner labour (case {0})", i);
            }
        }
    }

    [Test]
    public void ValueFor_WhenLegacyRevisionAtFullPrecision_RoundsThePartsAndAddsThemUp()
    {
        // A version-1 revision: components at full precision, labour also on a private print.
        var legacy = new CostBreakdown(0.0125m, 0.00142m, 0.00223m, 12.004m, 0.000799m, 12.0209m, 0m, 0m);

        var business = legacy.ValueFor(JobCategory.Business);
        var @private = legacy.ValueFor(JobCategory.Private);

        business.Should().BeEquivalentTo(new { Material = 0.01m, Energy = 0.00m, Machine = 0.00m, Labour = 12.00m, FailureAllowance = 0.00m, Total = 12.01m });
        @private.Should().BeEquivalentTo(new { Material = 0.01m, Energy = 0.00m, Machine = 0.00m, Labour = 0m, FailureAllowance = 0.00m, Total = 0.01m });
    }

    [Test]
    public void ValueFor_WhenManyRandomLegacyRevisions_PartsAddUpAndPrivateEqualsTheWithdrawalNet()
    {
        var random = new Random(15);
        for (var i = 0; i < 5_000; i++)
        {
            var legacy = new CostBreakdown(Amount(random), Amount(random), Amount(random), Amount(random), Amount(random), 0m, 0m, 0m);
            foreach (var category in new[] { JobCategory.Business, JobCategory.Private, JobCategory.Unassigned })
            {
                var value = legacy.ValueFor(category);
                value.Total.Should().Be(value.Material + value.Energy + value.Machine + value.Labour + value.FailureAllowance);
                value.ValueFor(category).Should().Be(value, "the value is idempotent");
            }

            var rates = CostRates.GermanDefaults;
            Pricing.PrivateWithdrawal(legacy, rates).Net.Should().Be(legacy.ValueFor(JobCategory.Private).Total, "DATEV books the private value (case {0})", i);
            Pricing.Quote(legacy, rates).Net.Should().Be(Pricing.NetPrice(legacy.ValueFor(JobCategory.Business).Total, rates.MarginPercent), "case {0}", i);
        }
    }

    private static decimal Amount(Random random) => Math.Round((decimal)random.NextDouble() * 20m, random.Next(0, 8));

    private static CostInputs RandomInputs(Random random) => new()
    {
        PrintSeconds = random.Next(0, 200_000),
        Materials = random.Next(4) == 0 ? [] : [new MaterialUsage("PLA", Math.Round((decimal)random.NextDouble() * 900m, random.Next(0, 4)), random.Next(2) == 0 ? null : Math.Round((decimal)random.NextDouble() * 60m, 2))],
        MaterialIsFullJobEstimate = random.Next(2) == 0,
        PrinterPowerWatts = random.Next(3) == 0 ? null : random.Next(5, 400),
        MachineHourlyRate = random.Next(3) == 0 ? null : Math.Round((decimal)random.NextDouble(), 4),
        MeasuredKwh = random.Next(5) == 0 ? Math.Round((decimal)random.NextDouble() * 3m, 5) : null,
        SetupMinutes = random.Next(3) == 0 ? null : random.Next(0, 90),
        PostprocessMinutes = random.Next(3) == 0 ? null : random.Next(0, 90),
        Status = (JobStatus)random.Next(0, 6),
        ProgressPercent = random.Next(0, 101),
        Private = random.Next(2) == 0,
    };

    private static CostRates RandomRates(Random random) => CostRates.GermanDefaults with
    {
        ElectricityPerKwh = Math.Round((decimal)random.NextDouble(), 4),
        LabourPerHour = Math.Round((decimal)random.NextDouble() * 80m, 2),
        FailureAllowancePercent = random.Next(0, 25),
        HeatUpKwh = random.Next(4) == 0 ? Math.Round((decimal)random.NextDouble() / 10m, 3) : 0m,
    };
}
