namespace Printernizer.Domain.Costs;

/// <summary>One line of an invoice/quote: quantity × net unit price at a VAT rate (percent).</summary>
public sealed record DocumentLine(decimal Quantity, decimal UnitPriceNet, decimal VatRatePercent)
{
    /// <summary>Line net = quantity × unit price, rounded to cents (business.md §4.4).</summary>
    public decimal Net => Money.Round(Quantity * UnitPriceNet);
}
