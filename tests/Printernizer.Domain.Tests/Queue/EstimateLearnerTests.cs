using Printernizer.Domain.Queue;

namespace Printernizer.Domain.Tests.Queue;

public sealed class EstimateLearnerTests
{
    private static readonly Guid Slow = Guid.NewGuid();
    private static readonly Guid Exact = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A printer that takes 12 % longer than the slicer says (±3 % noise), another that matches it, and a few outliers.</summary>
    private static List<EstimateSample> History(int jobs = 120, bool outliers = true)
    {
        var random = new Random(42);
        var samples = new List<EstimateSample>();
        for (var i = 0; i < jobs; i++)
        {
            var printer = i % 2 == 0 ? Slow : Exact;
            var estimate = random.Next(20, 480) * 60;
            var factor = (printer == Slow ? 1.12 : 1.0) * (1 + ((random.NextDouble() - 0.5) * 0.06));
            if (outliers && i % 17 == 5)
            {
                factor = 2.6; // a forgotten pause or a restarted print
            }

            samples.Add(new EstimateSample(printer, "PLA", estimate, (int)Math.Round(estimate * factor), Start.AddHours(i * 3)));
        }

        return samples;
    }

    [Test]
    public void Evaluate_WhenAPrinterRuns12PercentSlow_LearnedErrorIsWellBelowTheSlicerError()
    {
        var slowOnly = History(outliers: false).Where(s => s.PrinterId == Slow).ToList();
        var both = History(outliers: false);

        var slow = new EstimateLearner().Evaluate(slowOnly);
        var mixed = new EstimateLearner().Evaluate(both);
        var withOutliers = new EstimateLearner().Evaluate(History());

        slow.Jobs.Should().Be(60);
        slow.SlicerMape.Should().BeGreaterThan(9);
        slow.LearnedMape.Should().BeLessThan(slow.SlicerMape!.Value / 3);
        mixed.LearnedMape.Should().BeLessThan(mixed.SlicerMape!.Value / 2);
        withOutliers.LearnedMape.Should().BeLessThan(withOutliers.SlicerMape!.Value, "outliers hurt both, but learning still helps");
    }

    [Test]
    public void Factor_WhenHistoryHasOutliers_StaysNearTheTrueSlowdown()
    {
        var learner = new EstimateLearner();

        learner.Factor(History(), Slow, "PLA").Should().BeApproximately(1.12, 0.02);
        learner.Factor(History(), Exact, "PLA").Should().BeApproximately(1.0, 0.02);
        learner.Predict(History(), Slow, "PLA", 3600).Should().BeInRange(3960, 4110);
    }

    [Test]
    public void Predict_WithoutEnoughHistory_FallsBackToTheSlicerEstimate()
    {
        var learner = new EstimateLearner();
        var two = History().Where(s => s.PrinterId == Slow).Take(2).ToList();

        learner.Predict([], Slow, "PLA", 5400).Should().Be(5400);
        learner.Predict(two, Slow, "PLA", 5400).Should().Be(5400);
        learner.Predict(History(), Guid.NewGuid(), "PLA", 5400).Should().Be(5400, "another printer's history does not count");
        learner.Predict(History(), Slow, "PLA", null).Should().BeNull();
    }

    [Test]
    public void Factor_WhenEnoughJobsWithTheMaterialExist_UsesOnlyThose()
    {
        var samples = Enumerable.Range(0, 10)
            .Select(i => new EstimateSample(Slow, i % 2 == 0 ? "PETG" : "PLA", 3600, i % 2 == 0 ? 4680 : 3600, Start.AddHours(i)))
            .ToList();
        var learner = new EstimateLearner();

        learner.Factor(samples, Slow, "PETG").Should().BeApproximately(1.3, 0.001);
        learner.Factor(samples, Slow, "PLA").Should().BeApproximately(1.0, 0.001);
    }
}
