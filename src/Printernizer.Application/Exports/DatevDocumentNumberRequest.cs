namespace Printernizer.Application.Exports;

/// <summary>A job that needs a Belegfeld 1: its prefix (<c>EB</c> private withdrawal, <c>PJ</c> business print job) and the Berlin year of the booking.</summary>
public sealed record DatevDocumentNumberRequest(Guid JobId, string Prefix, int Year)
{
    public const string Withdrawal = "EB";
    public const string PrintJob = "PJ";

    /// <summary><c>EB-2026-0001</c> (at least four digits; longer when a year has more than 9,999).</summary>
    public string Format(long number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix}-{Year:0000}-{number:0000}");
}
