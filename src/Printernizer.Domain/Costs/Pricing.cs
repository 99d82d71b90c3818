namespace Printernizer.Domain.Costs;

/// <summary>Prices from costs (business.md §2.2, §3, §4.4). All results are rounded to cents, half-up.</summary>
public static class Pricing
{
    /// <summary>price_net = Selbstkosten × (1 + markup), rounded to cents.</summary>
    public static decimal NetPrice(decimal selbstkosten, decimal markupPercent) =>
        Money.Round(selbstkosten * (100m + markupPercent) / 100m);

    /// <summary>VAT on an already rounded net amount, rounded to cents; 0 for Kleinunternehmer.</summary>
    public static decimal Vat(decimal net, decimal vatRatePercent, bool smallBusiness) =>
        smallBusiness ? 0m : Money.Round(net * vatRatePercent / 100m);

    /// <summary>The price of a job: its Selbstkosten plus the markup of <paramref name="rates"/>, VAT per the VAT mode.</summary>
    public static PriceQuote Quote(CostBreakdown cost, CostRates rates)
    {
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(rates);
        return QuoteNet(NetPrice(cost.ToCents().Total, rates.MarginPercent), rates);
    }

    /// <summary>A price for a manually agreed net amount (rounded to cents first).</summary>
    public static PriceQuote QuoteNet(decimal net, CostRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var roundedNet = Money.Round(net);
        var rate = rates.SmallBusiness ? 0m : rates.VatRatePercent;
        var vat = Vat(roundedNet, rate, rates.SmallBusiness);
        return new PriceQuote(roundedNet, rate, vat, roundedNet + vat, rates.SmallBusiness);
    }

    /// <summary>
    /// A private print (unentgeltliche Wertabgabe, business.md §3, §7.3.5): valued at Selbstkosten without owner labour
    /// and without markup; 19 % VAT on it unless Kleinunternehmer. The DATEV amount is <see cref="PriceQuote.Gross"/>.
    /// </summary>
    public static PriceQuote PrivateWithdrawal(CostBreakdown cost, CostRates rates)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return QuoteNet(cost.ToCents().CostWithoutLabour, rates);
    }

    /// <summary>
    /// Document totals: line nets rounded to cents, VAT once per rate on the sum of the line nets, rounded; gross = net
    /// + VAT. Kleinunternehmer: no VAT groups, gross = net.
    /// </summary>
    public static DocumentTotals Document(IEnumerable<DocumentLine> lines, bool smallBusiness)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToList();
        var net = list.Sum(l => l.Net);
        if (smallBusiness)
        {
            return new DocumentTotals(net, [], 0m, net, SmallBusiness: true);
        }

        var groups = list
            .GroupBy(l => l.VatRatePercent)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var groupNet = g.Sum(l => l.Net);
                return new VatGroup(g.Key, groupNet, Vat(groupNet, g.Key, smallBusiness: false));
            })
            .ToList();
        var vat = groups.Sum(g => g.Vat);
        return new DocumentTotals(net, groups, vat, net + vat, SmallBusiness: false);
    }
}
