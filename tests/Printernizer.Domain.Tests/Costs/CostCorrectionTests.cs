using Printernizer.Domain.Costs;

namespace Printernizer.Domain.Tests.Costs;

public sealed class CostCorrectionTests
{
    private static readonly DateTimeOffset CompletedAt = new(2026, 3, 10, 14, 0, 0, TimeSpan.Zero);

    [Test]
    public void Freeze_WhenJobCompletes_WritesVersion1WithTheRatesCopiedIn()
    {
        var jobId = Guid.NewGuid();

        var snapshot = CostSnapshot.Freeze(jobId, CostCalculatorTests.WorkedExample(), CostRates.GermanDefaults, CompletedAt.ToOffset(TimeSpan.FromHours(1)), "system");

        snapshot.Version.Should().Be(1);
        snapshot.JobId.Should().Be(jobId);
        snapshot.FrozenAt.Should().Be(CompletedAt);
        snapshot.FrozenAt.Offset.Should().Be(TimeSpan.Zero);
        snapshot.Rates.Should().Be(CostRates.GermanDefaults);
        snapshot.Breakdown.Total.Should().Be(17.73m);
        snapshot.Reason.Should().BeNull();
        snapshot.CalculationVersion.Should().Be(CostSnapshot.CurrentCalculationVersion);
    }

    [Test]
    public void Apply_WhenGramsAreCorrected_CreatesVersion2AndLeavesVersion1Unchanged()
    {
        var v1 = CostSnapshot.Freeze(Guid.NewGuid(), CostCalculatorTests.WorkedExample(), CostRates.GermanDefaults, CompletedAt);
        var v1Before = v1 with { };
        var corrected = v1.Inputs with { Materials = [new MaterialUsage("PLA", 100m, 22.00m)] };

        var v2 = CostCorrection.Apply(v1, corrected, "Spool weighed: 100 g", "anna", CompletedAt.AddDays(2));

        v2.Version.Should().Be(2);
        v2.JobId.Should().Be(v1.JobId);
        v2.Breakdown.Material.Should().Be(2.20m);
        v2.Reason.Should().Be("Spool weighed: 100 g");
        v2.Actor.Should().Be("anna");
        v2.FrozenAt.Should().Be(CompletedAt.AddDays(2));
        v1.Should().Be(v1Before);
        v1.Version.Should().Be(1);
        v1.Breakdown.Material.Should().Be(1.87m);
        CostSnapshot.Latest([v1, v2]).Should().BeSameAs(v2);
    }

    [Test]
    public void Apply_WhenSettingsChangedSinceFreezing_KeepsTheFrozenRatesUnlessToldOtherwise()
    {
        var v1 = CostSnapshot.Freeze(Guid.NewGuid(), CostCalculatorTests.WorkedExample(), CostRates.GermanDefaults, CompletedAt);
        var newSettings = CostRates.GermanDefaults with { ElectricityPerKwh = 0.40m };

        var v2 = CostCorrection.Apply(v1, v1.Inputs with { SetupMinutes = 5m }, "Setup was shorter", "anna", CompletedAt.AddHours(1));
        var v3 = CostCorrection.Apply(v2, v2.Inputs, "Re-priced at current rates on request", "anna", CompletedAt.AddHours(2), newSettings);

        v2.Rates.ElectricityPerKwh.Should().Be(0.30m);
        v2.Breakdown.Labour.Should().Be(9.00m);
        v3.Version.Should().Be(3);
        v3.Rates.ElectricityPerKwh.Should().Be(0.40m);
        v1.Rates.ElectricityPerKwh.Should().Be(0.30m);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Apply_WhenReasonIsBlank_Throws(string reason)
    {
        var v1 = CostSnapshot.Freeze(Guid.NewGuid(), CostCalculatorTests.WorkedExample(), CostRates.GermanDefaults, CompletedAt);

        var act = () => CostCorrection.Apply(v1, v1.Inputs, reason, "anna", CompletedAt);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(reason));
    }
}
