using Printernizer.Application.Common;
using Printernizer.Application.Exports;

namespace Printernizer.Application.Tests.Exports;

public sealed class DatevBatchValidatorTests
{
    private static readonly DatevSettings Settings = DatevSettings.Skr03Defaults with { ConsultantNumber = 12345, ClientNumber = 10001 };

    private static DatevBookingRow Invoice => new()
    {
        Amount = 119.00m,
        Account = 10000,
        ContraAccount = 8400,
        DocumentDate = new DateOnly(2026, 1, 15),
        DocumentNumber = "RE-2026-0001",
        Text = "Druckauftrag 42 Gehäusedeckel PETG",
    };

    private static DatevBatch Batch(params DatevBookingRow[] bookings) => new()
    {
        Period = BerlinDateRange.Month(2026, 1),
        CreatedAt = new DateTimeOffset(2026, 2, 3, 8, 0, 0, TimeSpan.Zero),
        Bookings = bookings,
    };

    private static IEnumerable<string> Fields(IReadOnlyList<DatevProblem> problems) => problems.Select(p => p.Field);

    [Test]
    public void Validate_WhenBatchIsComplete_HasNoProblems()
    {
        DatevBatchValidator.Validate(Settings, Batch(Invoice, Invoice with { Amount = 10m, Account = 1800, ContraAccount = 8910, DocumentNumber = "EB-2026-0001" }))
            .Should().BeEmpty();
    }

    [Test]
    public void Validate_WhenConsultantAndClientNumberMissing_NamesBoth()
    {
        var problems = DatevBatchValidator.Validate(DatevSettings.Skr03Defaults, Batch(Invoice));

        Fields(problems).Should().BeEquivalentTo("consultantNumber", "clientNumber");
        problems[0].Message.Should().Contain("Beraternummer");
    }

    [Test]
    public void Validate_WhenSettingsOutOfRange_RejectsThem()
    {
        var settings = Settings with { ConsultantNumber = 999, ClientNumber = 100_000, AccountLength = 9, Origin = "P" };

        Fields(DatevBatchValidator.Validate(settings, Batch(Invoice))).Should().BeEquivalentTo("consultantNumber", "clientNumber", "accountLength", "origin");
    }

    [TestCase(0, "bookings[0].amount")]
    [TestCase(-5, "bookings[0].amount")]
    [TestCase(1.005, "bookings[0].amount")]
    public void Validate_WhenAmountIsNotPositiveWithTwoDecimals_RejectsIt(decimal amount, string field)
    {
        Fields(DatevBatchValidator.Validate(Settings, Batch(Invoice with { Amount = amount }))).Should().Equal(field);
    }

    [Test]
    public void Validate_WhenBookingsBreakTheRules_ReportsEachOne()
    {
        var batch = Batch(
            Invoice with { DocumentDate = new DateOnly(2026, 2, 1) },
            Invoice with { ContraAccount = 10000 },
            Invoice with { BuKey = "3" },
            Invoice with { DocumentNumber = "RE 2026 0001" },
            Invoice with { DocumentNumber = new string('A', 37) },
            Invoice with { Text = new string('x', 61) },
            Invoice with { Text = "Zeile 1\r\nZeile 2" },
            Invoice with { Account = 1234567 },
            Invoice with { EuVatId = "at 123" });

        Fields(DatevBatchValidator.Validate(Settings, batch)).Should().Equal(
            "bookings[0].documentDate",
            "bookings[1].contraAccount",
            "bookings[2].buKey",
            "bookings[3].documentNumber",
            "bookings[4].documentNumber",
            "bookings[5].text",
            "bookings[6].text",
            "bookings[7].account",
            "bookings[8].euVatId");
    }

    [Test]
    public void Validate_WhenPeriodCrossesAYear_RejectsTheBatch()
    {
        var batch = Batch(Invoice) with { Period = new BerlinDateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31)) };

        Fields(DatevBatchValidator.Validate(Settings, batch)).Should().Contain("period");
    }

    [Test]
    public void Validate_WhenPeriodCrossesTheFiscalYearStart_RejectsTheBatch()
    {
        var batch = Batch(Invoice) with { Period = new BerlinDateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 31)) };

        Fields(DatevBatchValidator.Validate(Settings with { FiscalYearStartMonth = 7 }, batch)).Should().Contain("period");
    }

    [Test]
    public void Validate_WhenNothingToExport_SaysSo()
    {
        Fields(DatevBatchValidator.Validate(Settings, Batch())).Should().Equal("bookings");
    }

    [Test]
    public void Validate_WhenBookingsDoNotMatchTheInvoiceRegister_ReportsTheAccount()
    {
        var batch = Batch(Invoice, Invoice with { Side = DatevSide.Credit, DocumentNumber = "GS-2026-0001" }, Invoice with { DocumentNumber = "RE-2026-0002", Amount = 59.50m });

        DatevBatchValidator.Validate(Settings, batch, new Dictionary<long, decimal> { [8400] = 59.50m }).Should().BeEmpty();
        DatevBatchValidator.Validate(Settings, batch, new Dictionary<long, decimal> { [8400] = 178.50m, [8125] = 10m })
            .Select(p => p.Message).Should().HaveCount(2).And.Contain(m => m.Contains("8400", StringComparison.Ordinal) && m.Contains("59.50", StringComparison.Ordinal));
    }

    [Test]
    public void FileName_WhenJanuarySkr03_FollowsTheDocumentedPattern()
    {
        Batch(Invoice).FileName(DatevChartOfAccounts.Skr03).Should().Be("EXTF_Buchungsstapel_2026-01_SKR03.csv");
    }
}
