using System.Globalization;
using System.Text.RegularExpressions;

namespace Printernizer.Application.Exports;

/// <summary>
/// The checks of business.md §7.3.7 before a DATEV file is written. An empty result means the batch may be written;
/// otherwise answer 422 with the problems (the file must not be produced).
/// </summary>
public static partial class DatevBatchValidator
{
    public const int MaxBookings = 99_999;
    public const decimal MaxAmount = 9_999_999_999.99m;

    /// <param name="settings">The DATEV settings.</param>
    /// <param name="batch">The batch to check.</param>
    /// <param name="expectedGrossByRevenueAccount">
    /// Optional invoice register for the period: signed gross total (invoices +, credit notes −) per revenue account.
    /// When given, the bookings must add up to exactly these totals.
    /// </param>
    public static IReadOnlyList<DatevProblem> Validate(DatevSettings settings, DatevBatch batch, IReadOnlyDictionary<long, decimal>? expectedGrossByRevenueAccount = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<DatevProblem>();
        void Add(string field, string message) => problems.Add(new DatevProblem(field, message));

        if (settings.ConsultantNumber is null)
        {
            Add("consultantNumber", "The DATEV Beraternummer is not set (ask the Steuerberater).");
        }
        else if (settings.ConsultantNumber is < 1001 or > 9_999_999)
        {
            Add("consultantNumber", "The DATEV Beraternummer must be between 1001 and 9999999.");
        }

        if (settings.ClientNumber is null)
        {
            Add("clientNumber", "The DATEV Mandantennummer is not set (ask the Steuerberater).");
        }
        else if (settings.ClientNumber is < 1 or > 99_999)
        {
            Add("clientNumber", "The DATEV Mandantennummer must be between 1 and 99999.");
        }

        var accountLengthValid = settings.AccountLength is >= 4 and <= 8;
        if (!accountLengthValid)
        {
            Add("accountLength", "The Sachkontenlänge must be between 4 and 8.");
        }

        if (settings.FiscalYearStartMonth is < 1 or > 12)
        {
            Add("fiscalYearStartMonth", "The fiscal year must start in a month 1–12.");
        }

        if (settings.Origin is not { Length: 2 } || !settings.Origin.All(char.IsAsciiLetterOrDigit))
        {
            Add("origin", "Herkunft must be exactly two letters or digits.");
        }

        var period = batch.Period;
        if (period.From.Year != period.To.Year)
        {
            Add("period", "A DATEV batch must not span two calendar years; export each year (better: each month) separately.");
        }
        else if (settings.FiscalYearStartMonth is >= 1 and <= 12)
        {
            var fiscalStart = settings.FiscalYearStartFor(period.From);
            if (period.To >= fiscalStart.AddYears(1))
            {
                Add("period", "A DATEV batch must lie within one fiscal year.");
            }
        }

        var description = batch.EffectiveDescription;
        if (description.Length > 30 || !DescriptionPattern().IsMatch(description))
        {
            Add("description", "The Bezeichnung must have at most 30 characters: letters, digits, '.', '-', '/' and spaces.");
        }

        if (batch.ExportedBy is { Length: > 25 })
        {
            Add("exportedBy", "'Exportiert von' must have at most 25 characters.");
        }

        if (batch.Bookings.Count == 0)
        {
            Add("bookings", "There is nothing to export in this period.");
        }
        else if (batch.Bookings.Count > MaxBookings)
        {
            Add("bookings", "A DATEV batch holds at most 99,999 bookings; export a shorter period.");
        }

        var maxDigits = settings.AccountLength + 1;
        for (var i = 0; i < batch.Bookings.Count; i++)
        {
            var b = batch.Bookings[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"bookings[{i}]");
            var label = string.IsNullOrWhiteSpace(b.DocumentNumber) ? at : b.DocumentNumber;

            if (b.Amount <= 0m)
            {
                Add(at + ".amount", $"{label}: the amount must be greater than 0 (the direction is Soll/Haben, never a sign).");
            }
            else if (b.Amount != Math.Round(b.Amount, 2) || b.Amount > MaxAmount)
            {
                Add(at + ".amount", $"{label}: the amount must have at most two decimals and ten digits before the comma.");
            }

            if (!Enum.IsDefined(b.Side))
            {
                Add(at + ".side", $"{label}: Soll/Haben-Kennzeichen missing.");
            }

            if (!period.Contains(b.DocumentDate))
            {
                Add(at + ".documentDate", $"{label}: the Belegdatum {b.DocumentDate:dd.MM.yyyy} lies outside the batch period {period.From:dd.MM.yyyy}–{period.To:dd.MM.yyyy}.");
            }

            if (b.Account <= 0 || (accountLengthValid && Digits(b.Account) > maxDigits))
            {
                Add(at + ".account", $"{label}: the Konto {b.Account} does not fit the Sachkontenlänge {settings.AccountLength} (Sachkonto ≤ {settings.AccountLength} digits, Personenkonto {maxDigits}).");
            }

            if (b.ContraAccount <= 0 || (accountLengthValid && Digits(b.ContraAccount) > maxDigits))
            {
                Add(at + ".contraAccount", $"{label}: the Gegenkonto {b.ContraAccount} does not fit the Sachkontenlänge {settings.AccountLength}.");
            }

            if (b.Account == b.ContraAccount)
            {
                Add(at + ".contraAccount", $"{label}: Konto and Gegenkonto must differ.");
            }

            if (!string.IsNullOrEmpty(b.BuKey))
            {
                if (settings.AutomaticAccounts.Contains(b.ContraAccount) || settings.AutomaticAccounts.Contains(b.Account))
                {
                    Add(at + ".buKey", $"{label}: no BU-Schlüssel on the automatic account {b.ContraAccount}.");
                }
                else if (!BuKeyPattern().IsMatch(b.BuKey))
                {
                    Add(at + ".buKey", $"{label}: the BU-Schlüssel must be 1–4 digits.");
                }
            }

            if (string.IsNullOrEmpty(b.DocumentNumber) || !DocumentNumberPattern().IsMatch(b.DocumentNumber))
            {
                Add(at + ".documentNumber", $"{label}: Belegfeld 1 must be 1–36 characters of A–Z a–z 0–9 $ & % * + - /.");
            }

            if (b.Text is null || b.Text.Length > 60 || b.Text.Any(char.IsControl))
            {
                Add(at + ".text", $"{label}: the Buchungstext must have at most 60 characters and no line breaks or tabs.");
            }

            if (b.EuVatId is { Length: > 0 } vatId && !EuVatIdPattern().IsMatch(vatId))
            {
                Add(at + ".euVatId", $"{label}: '{vatId}' is not a USt-IdNr (country code and up to 13 letters/digits).");
            }
        }

        if (expectedGrossByRevenueAccount is not null)
        {
            var actual = batch.Bookings
                .GroupBy(b => b.ContraAccount)
                .ToDictionary(g => g.Key, g => g.Sum(b => b.Side == DatevSide.Debit ? b.Amount : -b.Amount));
            foreach (var account in actual.Keys.Union(expectedGrossByRevenueAccount.Keys).Order())
            {
                var booked = actual.GetValueOrDefault(account);
                var expected = expectedGrossByRevenueAccount.GetValueOrDefault(account);
                if (booked != expected)
                {
                    Add("bookings", string.Create(CultureInfo.InvariantCulture, $"Account {account}: the bookings add up to {booked:0.00} but the invoice register says {expected:0.00}."));
                }
            }
        }

        return problems;
    }

    private static int Digits(long account) => account.ToString(CultureInfo.InvariantCulture).Length;

    [GeneratedRegex(@"^[A-Za-z0-9ÄÖÜäöüß .\-/]+$")]
    private static partial Regex DescriptionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9$&%*+\-/]{1,36}$")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"^[0-9]{1,4}$")]
    private static partial Regex BuKeyPattern();

    [GeneratedRegex(@"^[A-Z]{2}[A-Za-z0-9+*]{2,13}$")]
    private static partial Regex EuVatIdPattern();
}
