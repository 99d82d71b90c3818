namespace Printernizer.Domain.Costs;

/// <summary>The VAT of one rate on a document: computed once on the sum of the rounded line nets, then rounded.</summary>
public sealed record VatGroup(decimal RatePercent, decimal Net, decimal Vat);
