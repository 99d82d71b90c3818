using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Printernizer.Application.Common;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Exports;
using Printernizer.Infrastructure.Exports;

namespace Printernizer.Infrastructure.Tests.Exports;

public sealed class DatevExtfWriterTests
{
    private static readonly int[] TextColumns =
        [2, 3, 6, 9, 11, 12, 14, 16, 20, .. Enumerable.Range(21, 18), 40, 42, .. Enumerable.Range(48, 40), 91, 95, 96, 98, 102, 103, 105, 107, 109, 110, 112, 118, 120, 121, 123];

    private static readonly DatevSettings Settings = DatevSettings.Skr03Defaults with { ConsultantNumber = 12345, ClientNumber = 10001 };

    /// <summary>The four bookings of the sample in business.md §7.3.6.</summary>
    private static DatevBatch SampleBatch() => new()
    {
        Period = BerlinDateRange.Month(2026, 1),
        CreatedAt = new DateTimeOffset(2026, 2, 3, 8, 15, 42, 123, TimeSpan.Zero), // 09:15:42.123 CET
        Bookings =
        [
            new DatevBookingRow { Amount = 119.00m, Account = 10000, ContraAccount = 8400, DocumentDate = new DateOnly(2026, 1, 15), DocumentNumber = "RE-2026-0001", Text = "Druckauftrag 42 Gehäusedeckel PETG" },
            new DatevBookingRow { Amount = 250.00m, Account = 10001, ContraAccount = 8125, DocumentDate = new DateOnly(2026, 1, 20), DocumentNumber = "RE-2026-0002", Text = "Druckauftrag 47 ig. Lieferung AT", EuVatId = "ATU99999999" },
            new DatevBookingRow { Amount = 119.00m, Side = DatevSide.Credit, Account = 10000, ContraAccount = 8400, DocumentDate = new DateOnly(2026, 1, 28), DocumentNumber = "GS-2026-0001", Text = "Gutschrift zu RE-2026-0001" },
            new DatevBookingRow { Amount = 10.00m, Account = 1800, ContraAccount = 8910, DocumentDate = new DateOnly(2026, 1, 31), DocumentNumber = "EB-2026-0001", Text = "Privatdruck Job 57 Entnahme zu Selbstkosten" },
        ],
    };

    private static Encoding Cp1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static (byte[] Bytes, DatevWriteResult Result) Write(DatevSettings settings, DatevBatch batch)
    {
        using var stream = new MemoryStream();
        var result = new DatevExtfWriter().Write(stream, settings, batch);
        return (stream.ToArray(), result);
    }

    [Test]
    public void Write_WhenSampleBookingsOfBusinessDoc_ReproducesTheSampleFileByteForByte()
    {
        var (bytes, result) = Write(Settings, SampleBatch());

        var expected = Cp1252().GetBytes(string.Join("\r\n", DatevSample.Lines) + "\r\n");
        Cp1252().GetString(bytes).Split("\r\n").Should().Equal(Cp1252().GetString(expected).Split("\r\n"));
        bytes.Should().Equal(expected);
        result.BookingCount.Should().Be(4);
        result.Replacements.Should().BeEmpty();
    }

    [Test]
    public void Write_WhenParsedStrictly_HasDocumentedLayoutInEveryLine()
    {
        var batch = SampleBatch() with
        {
            Bookings =
            [
                .. SampleBatch().Bookings,
                new DatevBookingRow { Amount = 1234567.5m, Account = 10002, ContraAccount = 8400, DocumentDate = new DateOnly(2026, 1, 5), DocumentNumber = "RE-2026-0003", Text = "Deckel \"rund\" – 5 € für Jörg" },
            ],
        };

        var (bytes, _) = Write(Settings, batch);
        var records = StrictSemicolonCsv.Parse(Cp1252().GetString(bytes));

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no BOM");
        records.Should().HaveCount(2 + 5);
        records[0].Should().HaveCount(31);
        records[0][0].Should().Be(new StrictSemicolonCsv.Field("EXTF", true));
        records[0][5].Value.Should().MatchRegex("^[0-9]{17}$");
        records[1].Select(f => f.Value).Should().Equal(DatevExtfWriter.ColumnHeadings.Split(';'));
        records[1].Should().HaveCount(125);
        foreach (var line in records.Skip(2))
        {
            line.Should().HaveCount(125);
            line.Select((f, i) => (Column: i + 1, f.Quoted)).Where(x => x.Quoted).Select(x => x.Column).Should().Equal(TextColumns);
            line[0].Value.Should().MatchRegex(@"^\d{1,10},\d{2}$", "decimal comma, two decimals, no thousands separator, no sign");
            line[9].Value.Should().MatchRegex(@"^(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])$", "Belegdatum TTMM");
            line[1].Value.Should().BeOneOf("S", "H");
        }

        var last = records[^1];
        last[0].Value.Should().Be("1234567,50");
        last[9].Value.Should().Be("0501", "the leading zero stays");
        last[13].Value.Should().Be("Deckel \"rund\" – 5 € für Jörg");
    }

    [Test]
    public void Write_WhenTextHasUmlautsAndEuroSign_UsesWindows1252Bytes()
    {
        var batch = SampleBatch() with
        {
            Bookings = [SampleBatch().Bookings[0] with { Text = "Gehäuse – 5 € „Jörg“" }],
        };

        var (bytes, _) = Write(Settings, batch);
        var line = bytes.AsSpan().Slice(bytes.AsSpan().IndexOf("RE-2026-0001"u8)).ToArray();

        line.Should().ContainInOrder(new byte[] { (byte)'G', (byte)'e', (byte)'h', 0xE4 }, "ä is 0xE4");
        line.Should().Contain(0x96, "– (en dash) is 0x96 in cp1252, not in ISO-8859-1");
        line.Should().Contain(0x80, "€ is 0x80");
        line.Should().Contain(0x84, "„ is 0x84");
        line.Should().Contain(0x93, "“ is 0x93");
        bytes.Should().NotContain(0xC3, "no UTF-8 sequences");
        var text = Encoding.Latin1.GetString(bytes);
        Regex.Count(text, "\n").Should().Be(Regex.Count(text, "\r\n"), "every line ends with CRLF");
    }

    [Test]
    public void Write_WhenTextHasCharactersOutsideCp1252_TransliteratesAndReportsThem()
    {
        var batch = SampleBatch() with
        {
            Bookings = [SampleBatch().Bookings[0] with { Text = "Łódź 👍 Gehäuse" }],
        };

        var (bytes, result) = Write(Settings, batch);
        var booking = StrictSemicolonCsv.Parse(Cp1252().GetString(bytes))[2];

        booking[13].Value.Should().Be("?ódz ? Gehäuse");
        result.Replacements.Should().HaveCount(3).And.Contain(r => r.Contains("RE-2026-0001", StringComparison.Ordinal) && r.Contains('Ł'));
    }

    [Test]
    public void Write_WhenQuotesInText_DoublesThem()
    {
        var batch = SampleBatch() with { Bookings = [SampleBatch().Bookings[0] with { Text = "Teil \"Deckel\"" }] };

        var (bytes, _) = Write(Settings, batch);

        Cp1252().GetString(bytes).Should().Contain(";\"Teil \"\"Deckel\"\"\";");
    }

    [Test]
    public void Write_WhenSkr04LockedAndFiscalYearStartsInJuly_HeaderCarriesIt()
    {
        var settings = DatevSettings.Skr04Defaults with { ConsultantNumber = 1001, ClientNumber = 1, LockOnImport = true, FiscalYearStartMonth = 7, AccountLength = 5 };
        var batch = SampleBatch() with
        {
            Bookings = [new DatevBookingRow { Amount = 50m, Account = 100000, ContraAccount = 4400, DocumentDate = new DateOnly(2026, 1, 2), DocumentNumber = "RE-2026-0009", Text = "Test" }],
            ExportedBy = "Anna",
        };

        var (bytes, _) = Write(settings, batch);
        var header = StrictSemicolonCsv.Parse(Cp1252().GetString(bytes))[0];

        header.Select(f => f.Value).Should().Equal(
            "EXTF", "700", "21", "Buchungsstapel", "13", "20260203091542123", string.Empty, "PM", "Anna", string.Empty,
            "1001", "1", "20250701", "5", "20260101", "20260131", "Ausgangsrechnungen 01-2026", string.Empty, "1", "0",
            "1", "EUR", string.Empty, string.Empty, string.Empty, string.Empty, "04", string.Empty, string.Empty, string.Empty, string.Empty);
    }

    [Test]
    public void Write_WhenConsultantNumberMissing_RefusesWithTheReason()
    {
        using var stream = new MemoryStream();

        var act = () => new DatevExtfWriter().Write(stream, DatevSettings.Skr03Defaults, SampleBatch());

        act.Should().Throw<BusinessRuleException>().WithMessage("*Beraternummer*");
        stream.Length.Should().Be(0, "nothing is written for a rejected batch");
    }

    [Test]
    public void Write_WhenCreatedInSummerTime_ErzeugtAmIsBerlinLocal()
    {
        var batch = SampleBatch() with
        {
            Period = BerlinDateRange.Month(2026, 7),
            CreatedAt = new DateTimeOffset(2026, 8, 1, 22, 30, 0, 5, TimeSpan.Zero),
            Bookings = [SampleBatch().Bookings[0] with { DocumentDate = new DateOnly(2026, 7, 31) }],
        };

        var (bytes, _) = Write(Settings, batch);
        var records = StrictSemicolonCsv.Parse(Cp1252().GetString(bytes));

        records[0][5].Value.Should().Be("20260802003000005", "22:30Z on 1 August is 00:30 CEST on the 2nd");
        records[0][16].Value.Should().Be("Ausgangsrechnungen 07-2026");
        records[2][9].Value.Should().Be("3107");
        DateTime.ParseExact(records[0][14].Value, "yyyyMMdd", CultureInfo.InvariantCulture).Should().Be(new DateTime(2026, 7, 1));
    }
}
