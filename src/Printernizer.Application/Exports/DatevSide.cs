namespace Printernizer.Application.Exports;

/// <summary>Soll/Haben-Kennzeichen of a DATEV booking: the side of the Konto (field 7).</summary>
public enum DatevSide
{
    /// <summary>"S": debit on Konto (an invoice on the debtor, a withdrawal on Privatentnahmen).</summary>
    Debit,

    /// <summary>"H": credit on Konto (a credit note / cancellation).</summary>
    Credit,
}
