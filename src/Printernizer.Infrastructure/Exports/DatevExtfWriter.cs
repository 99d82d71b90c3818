using System.Globalization;
using System.Text;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Exports;

namespace Printernizer.Infrastructure.Exports;

/// <summary>
/// DATEV-Format EXTF Buchungsstapel, header version 700, Formatkategorie 21, Formatversion 13 (business.md §7.3):
/// Windows-1252 without BOM, <c>;</c> separator, CRLF after every line, a 31-field header line, the 125 column
/// headings, one 125-field line per booking. Text fields always quoted (embedded quotes doubled, line breaks and tabs
/// replaced by spaces); numbers and dates bare; amounts with decimal comma, two decimals, no thousands separator, no
/// sign. Characters cp1252 lacks are transliterated (é stays, ő → o) or replaced by '?', and reported.
/// </summary>
public sealed class DatevExtfWriter : IDatevExportWriter
{
    public const int HeaderFieldCount = 31;
    public const int ColumnCount = 125;
    public const string ContentType = "text/csv; charset=windows-1252";

    /// <summary>The column heading line of business.md §7.3.3, verbatim.</summary>
    public const string ColumnHeadings =
        "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Kurs;Basis-Umsatz;WKZ Basis-Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Belegfeld 2;Skonto;Buchungstext;Postensperre;Diverse Adressnummer;Geschäftspartnerbank;Sachverhalt;Zinssperre;Beleglink;" +
        "Beleginfo - Art 1;Beleginfo - Inhalt 1;Beleginfo - Art 2;Beleginfo - Inhalt 2;Beleginfo - Art 3;Beleginfo - Inhalt 3;Beleginfo - Art 4;Beleginfo - Inhalt 4;Beleginfo - Art 5;Beleginfo - Inhalt 5;Beleginfo - Art 6;Beleginfo - Inhalt 6;Beleginfo - Art 7;Beleginfo - Inhalt 7;Beleginfo - Art 8;Beleginfo - Inhalt 8;" +
        "KOST1 - Kostenstelle;KOST2 - Kostenstelle;Kost-Menge;EU-Land u. UStID (Bestimmung);EU-Steuersatz (Bestimmung);Abw. Versteuerungsart;Sachverhalt L+L;Funktionsergänzung L+L;BU 49 Hauptfunktionstyp;BU 49 Hauptfunktionsnummer;BU 49 Funktionsergänzung;" +
        "Zusatzinformation - Art 1;Zusatzinformation- Inhalt 1;Zusatzinformation - Art 2;Zusatzinformation- Inhalt 2;Zusatzinformation - Art 3;Zusatzinformation- Inhalt 3;Zusatzinformation - Art 4;Zusatzinformation- Inhalt 4;Zusatzinformation - Art 5;Zusatzinformation- Inhalt 5;" +
        "Zusatzinformation - Art 6;Zusatzinformation- Inhalt 6;Zusatzinformation - Art 7;Zusatzinformation- Inhalt 7;Zusatzinformation - Art 8;Zusatzinformation- Inhalt 8;Zusatzinformation - Art 9;Zusatzinformation- Inhalt 9;Zusatzinformation - Art 10;Zusatzinformation- Inhalt 10;" +
        "Zusatzinformation - Art 11;Zusatzinformation- Inhalt 11;Zusatzinformation - Art 12;Zusatzinformation- Inhalt 12;Zusatzinformation - Art 13;Zusatzinformation- Inhalt 13;Zusatzinformation - Art 14;Zusatzinformation- Inhalt 14;Zusatzinformation - Art 15;Zusatzinformation- Inhalt 15;" +
        "Zusatzinformation - Art 16;Zusatzinformation- Inhalt 16;Zusatzinformation - Art 17;Zusatzinformation- Inhalt 17;Zusatzinformation - Art 18;Zusatzinformation- Inhalt 18;Zusatzinformation - Art 19;Zusatzinformation- Inhalt 19;Zusatzinformation - Art 20;Zusatzinformation- Inhalt 20;" +
        "Stück;Gewicht;Zahlweise;Forderungsart;Veranlagungsjahr;Zugeordnete Fälligkeit;Skontotyp;Auftragsnummer;Buchungstyp;USt-Schlüssel (Anzahlungen);EU-Land (Anzahlungen);Sachverhalt L+L (Anzahlungen);EU-Steuersatz (Anzahlungen);Erlöskonto (Anzahlungen);Herkunft-Kz;Buchungs GUID;KOST-Datum;SEPA-Mandatsreferenz;Skontosperre;Gesellschaftername;Beteiligtennummer;Identifikationsnummer;Zeichnernummer;Postensperre bis;Bezeichnung SoBil-Sachverhalt;Kennzeichen SoBil-Buchung;Festschreibung;Leistungsdatum;Datum Zuord. Steuerperiode;Fälligkeit;Generalumkehr (GU);Steuersatz;Land;Abrechnungsreferenz;BVV-Position;EU-Land u. UStID (Ursprung);EU-Steuersatz (Ursprung);Abw. Skontokonto";

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = string.Empty };

    /// <summary>1-based numbers of the text (always quoted) columns, business.md §7.3.3.</summary>
    private static readonly bool[] TextColumn = BuildTextColumns();

    private static readonly Lazy<(Encoding Encoding, HashSet<char> Representable)> Cp1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var strict = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var representable = new HashSet<char>();
        for (var b = 0x20; b <= 0xFF; b++)
        {
            try
            {
                var decoded = strict.GetString([(byte)b]);
                if (decoded.Length == 1 && !char.IsControl(decoded[0]))
                {
                    representable.Add(decoded[0]);
                }
            }
            catch (DecoderFallbackException)
            {
                // 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
            }
        }

        return (strict, representable);
    });

    public DatevWriteResult Write(Stream output, DatevSettings settings, DatevBatch batch)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(batch);

        var problems = DatevBatchValidator.Validate(settings, batch);
        if (problems.Count > 0)
        {
            throw new BusinessRuleException("The DATEV export is not possible: " + string.Join(" ", problems.Select(p => p.Message)));
        }

        var replacements = new List<string>();
        using var writer = new StreamWriter(output, Cp1252.Value.Encoding, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(HeaderLine(settings, batch, replacements));
        writer.WriteLine(ColumnHeadings);

        var fields = new string?[ColumnCount + 1];
        foreach (var booking in batch.Bookings)
        {
            Array.Clear(fields);
            var context = booking.DocumentNumber;
            fields[1] = booking.Amount.ToString("0.00", DecimalComma);
            fields[2] = booking.Side == DatevSide.Debit ? "S" : "H";
            fields[3] = "EUR";
            fields[7] = booking.Account.ToString(CultureInfo.InvariantCulture);
            fields[8] = booking.ContraAccount.ToString(CultureInfo.InvariantCulture);
            fields[9] = booking.BuKey;
            fields[10] = booking.DocumentDate.ToString("ddMM", CultureInfo.InvariantCulture);
            fields[11] = booking.DocumentNumber;
            fields[14] = Sanitize(booking.Text, context, replacements);
            fields[40] = booking.EuVatId;

            for (var column = 1; column <= ColumnCount; column++)
            {
                if (column > 1)
                {
                    writer.Write(';');
                }

                if (TextColumn[column])
                {
                    writer.Write(Quote(fields[column]));
                }
                else
                {
                    writer.Write(fields[column]);
                }
            }

            writer.WriteLine();
        }

        writer.Flush();
        return new DatevWriteResult(batch.Bookings.Count, replacements);
    }

    private static string HeaderLine(DatevSettings settings, DatevBatch batch, List<string> replacements)
    {
        var created = ExportText.Local(batch.CreatedAt);
        var fields = new string[]
        {
            Quote("EXTF"),                                                   // 1 Kennzeichen
            "700",                                                           // 2 Versionsnummer
            "21",                                                            // 3 Formatkategorie
            Quote("Buchungsstapel"),                                         // 4 Formatname
            "13",                                                            // 5 Formatversion
            created.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture), // 6 Erzeugt am (Berlin)
            string.Empty,                                                    // 7 Importiert
            Quote(settings.Origin),                                          // 8 Herkunft
            Quote(Sanitize(batch.ExportedBy, "Exportiert von", replacements)), // 9 Exportiert von
            Quote(null),                                                     // 10 Importiert von
            Number(settings.ConsultantNumber),                               // 11 Beraternummer
            Number(settings.ClientNumber),                                   // 12 Mandantennummer
            Date(settings.FiscalYearStartFor(batch.Period.From)),            // 13 WJ-Beginn
            Number(settings.AccountLength),                                  // 14 Sachkontenlänge
            Date(batch.Period.From),                                         // 15 Datum vom
            Date(batch.Period.To),                                           // 16 Datum bis
            Quote(Sanitize(batch.EffectiveDescription, "Bezeichnung", replacements)), // 17 Bezeichnung
            Quote(null),                                                     // 18 Diktatkürzel
            "1",                                                             // 19 Buchungstyp (Finanzbuchführung)
            "0",                                                             // 20 Rechnungslegungszweck
            settings.LockOnImport ? "1" : "0",                               // 21 Festschreibung
            Quote("EUR"),                                                    // 22 WKZ
            string.Empty,                                                    // 23 reserviert
            Quote(null),                                                     // 24 Derivatskennzeichen
            string.Empty,                                                    // 25 reserviert
            string.Empty,                                                    // 26 reserviert
            Quote(settings.ChartOfAccounts == DatevChartOfAccounts.Skr04 ? "04" : "03"), // 27 Sachkontenrahmen
            string.Empty,                                                    // 28 ID der Branchenlösung
            string.Empty,                                                    // 29 reserviert
            Quote(null),                                                     // 30 reserviert
            Quote(null),                                                     // 31 Anwendungsinformation
        };
        return string.Join(';', fields);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Quote(string? text) =>
        "\"" + (text ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Makes text safe for a DATEV text field: control characters (line breaks, tabs) become spaces, characters outside
    /// cp1252 are transliterated without diacritics or replaced by '?'; every replacement is recorded.
    /// </summary>
    internal static string? Sanitize(string? text, string context, List<string> replacements)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var representable = Cp1252.Value.Representable;
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 ? !char.IsControl(c) : representable.Contains(c))
            {
                result?.Append(c);
                continue;
            }

            result ??= new StringBuilder(text, 0, i, text.Length + 8);
            if (char.IsControl(c))
            {
                result.Append(' ');
                continue;
            }

            var original = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? text.Substring(i++, 2) : c.ToString();
            var replacement = Transliterate(original, representable);
            result.Append(replacement);
            replacements.Add($"{context}: '{original}' → '{replacement}'");
        }

        return result?.ToString() ?? text;
    }

    private static string Transliterate(string original, HashSet<char> representable)
    {
        var stripped = new StringBuilder();
        foreach (var c in original.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && (c < 0x80 ? !char.IsControl(c) : representable.Contains(c)))
            {
                stripped.Append(c);
            }
        }

        return stripped.Length > 0 ? stripped.ToString() : "?";
    }

    private static bool[] BuildTextColumns()
    {
        var text = new bool[ColumnCount + 1];
        int[] single = [2, 3, 6, 9, 11, 12, 14, 16, 20, 40, 42, 91, 95, 96, 98, 102, 103, 105, 107, 109, 110, 112, 118, 120, 121, 123];
        foreach (var c in single)
        {
            text[c] = true;
        }

        for (var c = 21; c <= 38; c++)
        {
            text[c] = true;
        }

        for (var c = 48; c <= 87; c++)
        {
            text[c] = true;
        }

        return text;
    }
}
