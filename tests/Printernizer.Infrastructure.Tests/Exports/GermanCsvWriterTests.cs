using System.Text;
using Printernizer.Infrastructure.Exports;

namespace Printernizer.Infrastructure.Tests.Exports;

public sealed class GermanCsvWriterTests
{
    private static (byte[] Bytes, List<Dictionary<string, StrictSemicolonCsv.Field>> Rows, List<List<StrictSemicolonCsv.Field>> Records) Export(GermanCsvEncoding encoding = GermanCsvEncoding.Utf8WithBom)
    {
        using var stream = new MemoryStream();
        new GermanCsvWriter(encoding).Write(stream, ExportTestRows.Rows(), ExportTestRows.Info);
        var bytes = stream.ToArray();
        string text;
        if (encoding == GermanCsvEncoding.Utf8WithBom)
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        }
        else
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding(1252).GetString(bytes);
        }

        var records = StrictSemicolonCsv.Parse(text);
        var header = records[0].Select(f => f.Value).ToList();
        var rows = records.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        return (bytes, rows, records);
    }

    [Test]
    public void Write_WhenDefault_StartsWithUtf8BomAndGermanHeadersWithoutSepLine()
    {
        var (bytes, _, records) = Export();

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        records[0].Select(f => f.Value).Should().Equal(GermanCsvWriter.Headers);
        records[0][0].Value.Should().Be("Datum");
        Encoding.UTF8.GetString(bytes).Should().NotContain("sep=");
    }

    [Test]
    public void Write_WhenFourJobs_EveryRecordHasAllColumnsAndEndsWithCrlf()
    {
        var (bytes, _, records) = Export();

        records.Should().HaveCount(5);
        records.Should().OnlyContain(r => r.Count == GermanCsvWriter.Headers.Count);
        bytes.TakeLast(2).Should().Equal((byte)'\r', (byte)'\n');
    }

    [Test]
    public void Write_WhenJobCrossesSpringSwitch_WritesBerlinDatesTimesAndDecimalCommas()
    {
        var job = Export().Rows[0];

        job["Datum"].Value.Should().Be("29.03.2026");
        job["Startdatum"].Value.Should().Be("28.03.2026");
        job["Startzeit"].Value.Should().Be("22:00", "21:00Z is 22:00 CET");
        job["Enddatum"].Value.Should().Be("29.03.2026");
        job["Endzeit"].Value.Should().Be("03:30", "01:30Z is 03:30 CEST");
        job["Druckdauer (h)"].Value.Should().Be("4,50");
        job["Material (g)"].Value.Should().Be("85");
        job["Materialkosten"].Value.Should().Be("1,87");
        job["Energiekosten"].Value.Should().Be("0,13");
        job["Maschinenkosten"].Value.Should().Be("0,60");
        job["Arbeitskosten"].Value.Should().Be("15,00");
        job["Ausschusszuschlag"].Value.Should().Be("0,13");
        job["Gesamtkosten"].Value.Should().Be("17,73");
        job["Währung"].Value.Should().Be("EUR");
        job["Kunde"].Value.Should().Be("Müller GmbH");
        job["Kategorie"].Value.Should().Be("Geschäftlich");
        job["Status"].Value.Should().Be("Abgeschlossen");
    }

    [Test]
    public void Write_WhenAutumnSwitch_BothTwoThirtiesAreLocal()
    {
        var job = Export().Rows[1];

        job["Startzeit"].Value.Should().Be("02:30");
        job["Endzeit"].Value.Should().Be("02:30");
        job["Enddatum"].Value.Should().Be("25.10.2026");
        job["Pause (h)"].Value.Should().Be("0,25");
    }

    [Test]
    public void Write_WhenFieldsAreHostile_QuotesThemAndDefusesFormulas()
    {
        var (bytes, rows, _) = Export();
        var job = rows[1];
        var raw = Encoding.UTF8.GetString(bytes);

        job["Druckauftrag"].Should().Be(new StrictSemicolonCsv.Field(ExportTestRows.HostileName, Quoted: true));
        raw.Should().Contain("\"Evil;\"\"Name\"\"\r\nline2\"");
        job["Datei"].Should().Be(new StrictSemicolonCsv.Field("'" + ExportTestRows.HostileFile, Quoted: true));
        job["Notizen"].Value.Should().Be("'@SUM(A1)");
        job["Drucker"].Value.Should().Be("'-A1");
        job["Kunde"].Value.Should().Be("'+49 711");
        job["Status"].Value.Should().Be("Fehlgeschlagen");
    }

    [Test]
    public void Write_WhenAmountsAreLargeOrMissing_HasNoThousandsSeparatorAndEmptyCells()
    {
        var rows = Export().Rows;

        rows[3]["Gesamtkosten"].Value.Should().Be("12345,68", "half-up, no thousands separator");
        rows[3]["Material (g)"].Value.Should().Be("1234,56");
        rows[2]["Gesamtkosten"].Value.Should().BeEmpty();
        rows[2]["Enddatum"].Value.Should().BeEmpty();
        rows[2]["Datum"].Value.Should().Be("31.10.2026", "an open job belongs to its start day: 22:30Z on 31 Oct is 23:30 CET");
        rows[2]["Kategorie"].Value.Should().Be("Privat");
        string[] numeric = ["Druckdauer (h)", "Pause (h)", "Material (g)", "Materialkosten", "Energiekosten", "Maschinenkosten", "Arbeitskosten", "Ausschusszuschlag", "Gesamtkosten"];
        rows.SelectMany(r => numeric.Select(n => r[n])).Should().OnlyContain(f => !f.Quoted && System.Text.RegularExpressions.Regex.IsMatch(f.Value, @"^(\d+(,\d{1,2})?)?$"),
            "numbers are bare, with a decimal comma and without thousands separators");
    }

    [Test]
    public void Write_WhenWindows1252_HasNoBomAndEncodesUmlautsAsSingleBytes()
    {
        var (bytes, rows, _) = Export(GermanCsvEncoding.Windows1252);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes[0].Should().Be((byte)'D');
        bytes.Should().Contain(0xFC, "ü of Müller is 0xFC in cp1252");
        rows[0]["Kunde"].Value.Should().Be("Müller GmbH");
    }
}
