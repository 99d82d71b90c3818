using Printernizer.Domain.Costs;

namespace Printernizer.Domain.Tests.Costs;

public sealed class PricingTests
{
    [Test]
    public void Quote_WhenWorkedExample_Is2305Net438Vat2743Gross()
    {
        var cost = CostCalculator.Calculate(CostCalculatorTests.WorkedExample(), CostRates.GermanDefaults);

        var quote = Pricing.Quote(cost, CostRates.GermanDefaults);

        quote.Should().Be(new PriceQuote(23.05m, 19m, 4.38m, 27.43m, SmallBusiness: false));
    }

    [Test]
    public void Quote_WhenSmallBusiness_HasNoVatAndGrossEqualsNet()
    {
        var rates = CostRates.GermanDefaults with { SmallBusiness = true };
        var cost = CostCalculator.Calculate(CostCalculatorTests.WorkedExample(), rates);

        var quote = Pricing.Quote(cost, rates);

        quote.Should().Be(new PriceQuote(23.05m, 0m, 0m, 23.05m, SmallBusiness: true));
    }

    [Test]
    public void PrivateWithdrawal_WhenWorkedExample_IsValuedWithoutLabourAndMarkup()
    {
        var cost = CostCalculator.Calculate(CostCalculatorTests.WorkedExample(), CostRates.GermanDefaults);

        var withdrawal = Pricing.PrivateWithdrawal(cost, CostRates.GermanDefaults);

        withdrawal.Net.Should().Be(2.73m, "business.md §3: 2.73 € net in the example");
        withdrawal.Vat.Should().Be(0.52m);
        withdrawal.Gross.Should().Be(3.25m);
    }

    [TestCase(0.125, 0.13)]
    [TestCase(0.005, 0.01)]
    [TestCase(2.675, 2.68)]
    [TestCase(1.2349999, 1.23)]
    [TestCase(0.0, 0.0)]
    public void MoneyRound_WhenMidpoint_RoundsHalfUpNotToEven(decimal amount, decimal expected)
    {
        Money.Round(amount).Should().Be(expected);
    }

    [Test]
    public void NetPrice_WhenMarkupLandsOnHalfCent_RoundsUp()
    {
        Pricing.NetPrice(1.25m, 30m).Should().Be(1.63m, "1.625 is a midpoint; banker's rounding would give 1.62");
    }

    [Test]
    public void Vat_WhenVatLandsOnHalfCent_RoundsUp()
    {
        Pricing.Vat(1.50m, 19m, smallBusiness: false).Should().Be(0.29m, "0.285 half-up; ToEven would give 0.28");
        Pricing.Vat(1.50m, 19m, smallBusiness: true).Should().Be(0m);
    }

    [Test]
    public void Document_WhenManySmallLines_ComputesVatOncePerRateOnTheSumOfLineNets()
    {
        var lines = Enumerable.Range(0, 10).Select(_ => new DocumentLine(1m, 0.02m, 19m)).ToList();

        var totals = Pricing.Document(lines, smallBusiness: false);

        lines.Sum(l => Pricing.Vat(l.Net, 19m, false)).Should().Be(0m, "per-line VAT would round every line away");
        totals.Net.Should().Be(0.20m);
        totals.Vat.Should().Be(0.04m, "0.20 × 19 % = 0.038 → 0.04");
        totals.Gross.Should().Be(0.24m);
        totals.VatGroups.Should().ContainSingle().Which.Should().Be(new VatGroup(19m, 0.20m, 0.04m));
    }

    [Test]
    public void Document_WhenLineQuantityTimesPriceHasMoreDecimals_RoundsTheLineNetToCents()
    {
        var totals = Pricing.Document([new DocumentLine(3m, 0.333m, 19m), new DocumentLine(2m, 10m, 7m)], smallBusiness: false);

        totals.Net.Should().Be(21.00m);
        totals.VatGroups.Should().Equal(new VatGroup(19m, 1.00m, 0.19m), new VatGroup(7m, 20.00m, 1.40m));
        totals.Gross.Should().Be(22.59m);
    }

    [Test]
    public void Document_WhenSmallBusiness_HasNoVatGroups()
    {
        var totals = Pricing.Document([new DocumentLine(2m, 11.525m, 19m)], smallBusiness: true);

        totals.Should().BeEquivalentTo(new { Net = 23.05m, Vat = 0m, Gross = 23.05m, SmallBusiness = true });
        totals.VatGroups.Should().BeEmpty();
    }
}
