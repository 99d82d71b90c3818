namespace Printernizer.Domain.Costs;

/// <summary>Totals of a document (business.md §4.4, EN 16931 BR-CO-17): Σ line nets, VAT per rate, gross = net + VAT.</summary>
public sealed record DocumentTotals(decimal Net, IReadOnlyList<VatGroup> VatGroups, decimal Vat, decimal Gross, bool SmallBusiness);
