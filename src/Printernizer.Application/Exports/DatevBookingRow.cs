namespace Printernizer.Application.Exports;

/// <summary>
/// One DATEV booking line (business.md §7.3.4/§7.3.5): one line per invoice (or credit note, or private withdrawal) and
/// revenue account. <see cref="Amount"/> is the GROSS amount, positive; the direction is <see cref="Side"/>.
/// </summary>
public sealed record DatevBookingRow
{
    /// <summary>Field 1, Umsatz: gross amount with at most two decimals, &gt; 0.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Net amount, for the invoice register check only (not written; automatic accounts split the VAT).</summary>
    public decimal? NetAmount { get; init; }

    /// <summary>Field 2.</summary>
    public DatevSide Side { get; init; } = DatevSide.Debit;

    /// <summary>Field 7, Konto: debtor (Personenkonto, SKL + 1 digits), Privatentnahmen 1800/2100, Kasse/Bank.</summary>
    public required long Account { get; init; }

    /// <summary>Field 8, Gegenkonto: the revenue account (e.g. 8400).</summary>
    public required long ContraAccount { get; init; }

    /// <summary>Field 9, BU-Schlüssel; leave null on automatic accounts.</summary>
    public string? BuKey { get; init; }

    /// <summary>Field 10, Belegdatum (Berlin date; written as TTMM, the year comes from the header).</summary>
    public required DateOnly DocumentDate { get; init; }

    /// <summary>Field 11, Belegfeld 1: invoice / credit note / Eigenbeleg number, ≤ 36 of [A-Za-z0-9$&amp;%*+-/].</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>Field 14, Buchungstext: ≤ 60 characters, no line breaks.</summary>
    public required string Text { get; init; }

    /// <summary>Field 40, EU-Land u. UStID (Bestimmung): the customer's USt-IdNr, only for intra-EU supplies.</summary>
    public string? EuVatId { get; init; }
}
