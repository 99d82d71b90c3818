namespace Printernizer.Domain.Costs;

/// <summary>
/// A single-line price: net (rounded to cents), VAT (computed on the rounded net, rounded) and gross. In
/// Kleinunternehmer mode <see cref="VatRatePercent"/> and <see cref="Vat"/> are 0 and gross equals net.
/// </summary>
public sealed record PriceQuote(decimal Net, decimal VatRatePercent, decimal Vat, decimal Gross, bool SmallBusiness);
