using System.Text.Json;
using Printernizer.Infrastructure.Exports;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Exports;

public sealed class JobsWorkbookWriterTests
{
    private static JsonElement _workbook;
    private static TestDirectory? _directory;

    [OneTimeSetUp]
    public void WriteAndReadWithOpenPyxl()
    {
        _directory = new TestDirectory("printernizer-xlsx");
        var path = _directory.Combine("jobs.xlsx");
        using (var file = File.Create(path))
        {
            new JobsWorkbookWriter().Write(file, ExportTestRows.Rows(), ExportTestRows.Info);
        }

        _workbook = OpenPyxl.Read(path, _directory.Path);
    }

    [OneTimeTearDown]
    public void CleanUp() => _directory?.Dispose();

    private static JsonElement Sheet(string name) => _workbook.GetProperty(name);

    private static JsonElement Cell(string sheet, string address) =>
        Sheet(sheet).GetProperty("cells").TryGetProperty(address, out var cell) ? cell : throw new AssertionException($"{sheet}!{address} is empty");

    private static bool IsEmpty(string sheet, string address) => !Sheet(sheet).GetProperty("cells").TryGetProperty(address, out _);

    [Test]
    public void Write_WhenOpenedByOpenPyxl_HasTheFourSheets()
    {
        _workbook.GetProperty("sheets").EnumerateArray().Select(e => e.GetString()).Should().Equal("Jobs", "Summary", "Materials", "Info");
    }

    [Test]
    public void Jobs_WhenOpened_HasBoldFrozenGermanHeaderWithAutofilterAndWidths()
    {
        var jobs = Sheet("Jobs");

        jobs.GetProperty("freeze").GetString().Should().Be("A2");
        jobs.GetProperty("filter").GetString().Should().Be("A1:X5", "header plus four jobs, not the totals row");
        Cell("Jobs", "A1").GetProperty("v").GetString().Should().Be("Datum");
        Cell("Jobs", "V1").GetProperty("v").GetString().Should().Be("Gesamtkosten");
        Cell("Jobs", "K1").GetProperty("v").GetString().Should().Be("Start (MEZ/MESZ)");
        Cell("Jobs", "A1").GetProperty("b").GetBoolean().Should().BeTrue();
        jobs.GetProperty("widths").EnumerateObject().Should().HaveCountGreaterThan(20);
        jobs.GetProperty("widths").GetProperty("D").GetDouble().Should().BeGreaterThan(20);
    }

    [Test]
    public void Jobs_WhenOpened_TimesAreBerlinLocalDateCellsWithGermanFormats()
    {
        var date = Cell("Jobs", "A2");
        var start = Cell("Jobs", "K2");
        var end = Cell("Jobs", "L2");

        date.GetProperty("v").GetString().Should().Be("2026-03-29T00:00:00");
        date.GetProperty("f").GetString().Should().Be("dd.mm.yyyy");
        date.GetProperty("t").GetString().Should().Be("d");
        start.GetProperty("v").GetString().Should().Be("2026-03-28T22:00:00");
        end.GetProperty("v").GetString().Should().Be("2026-03-29T03:30:00", "01:30Z is 03:30 CEST");
        end.GetProperty("f").GetString().Should().Be("dd.mm.yyyy hh:mm");
        Cell("Jobs", "K3").GetProperty("v").GetString().Should().Be("2026-10-25T02:30:00");
        Cell("Jobs", "L3").GetProperty("v").GetString().Should().Be("2026-10-25T02:30:00");
        IsEmpty("Jobs", "L4").Should().BeTrue("a printing job has no end");
    }

    [Test]
    public void Jobs_WhenOpened_MoneyCellsAreNumbersRoundedToCentsWithEuroFormat()
    {
        var total = Cell("Jobs", "V2");

        total.GetProperty("t").GetString().Should().Be("n");
        total.GetProperty("v").GetDecimal().Should().Be(17.73m);
        total.GetProperty("f").GetString().Should().Be("#,##0.00 \"€\"");
        Cell("Jobs", "R2").GetProperty("v").GetDecimal().Should().Be(0.13m);
        Cell("Jobs", "V5").GetProperty("v").GetDecimal().Should().Be(12345.68m);
        Cell("Jobs", "P5").GetProperty("v").GetDecimal().Should().Be(1234.56m);
        Cell("Jobs", "P5").GetProperty("f").GetString().Should().Be("#,##0.0");
        Cell("Jobs", "M2").GetProperty("v").GetDecimal().Should().Be(4.5m);
        Cell("Jobs", "W2").GetProperty("v").GetString().Should().Be("EUR");
    }

    [Test]
    public void Jobs_WhenOpened_HasSumFormulasBelowTheData()
    {
        Cell("Jobs", "A6").GetProperty("v").GetString().Should().Be("Summe");
        Cell("Jobs", "V6").GetProperty("v").GetString().Should().Be("=SUM(V2:V5)");
        Cell("Jobs", "V6").GetProperty("t").GetString().Should().Be("f");
        Cell("Jobs", "V6").GetProperty("f").GetString().Should().Be("#,##0.00 \"€\"");
        Cell("Jobs", "P6").GetProperty("v").GetString().Should().Be("=SUM(P2:P5)");
    }

    [Test]
    public void Jobs_WhenTextIsHostile_PrefixesFormulasAndKeepsTextAsText()
    {
        Cell("Jobs", "D3").GetProperty("v").GetString().Should().Be(ExportTestRows.HostileName.ReplaceLineEndings("\n"), "Excel breaks lines in a cell with LF");
        Cell("Jobs", "E3").GetProperty("v").GetString().Should().Be("'" + ExportTestRows.HostileFile);
        Cell("Jobs", "E3").GetProperty("t").GetString().Should().Be("s");
        Cell("Jobs", "C3").GetProperty("v").GetString().Should().Be("'-A1");
        Cell("Jobs", "X3").GetProperty("v").GetString().Should().Be("'@SUM(A1)");
        Cell("Jobs", "I3").GetProperty("v").GetString().Should().Be("'+49 711");
    }

    [Test]
    public void Summary_WhenOpened_TotalsPerBerlinMonthAndCategory()
    {
        var summary = Sheet("Summary");

        summary.GetProperty("freeze").GetString().Should().Be("A2");
        summary.GetProperty("filter").GetString().Should().Be("A1:K4");
        Cell("Summary", "A2").GetProperty("v").GetString().Should().Be("2026-03-01T00:00:00");
        Cell("Summary", "A2").GetProperty("f").GetString().Should().Be("mm.yyyy");
        Cell("Summary", "B2").GetProperty("v").GetString().Should().Be("Geschäftlich");
        Cell("Summary", "C2").GetProperty("v").GetInt32().Should().Be(2);
        Cell("Summary", "K2").GetProperty("v").GetDecimal().Should().Be(17.73m + 12345.68m);
        Cell("Summary", "A3").GetProperty("v").GetString().Should().Be("2026-10-01T00:00:00");
        Cell("Summary", "B3").GetProperty("v").GetString().Should().Be("Geschäftlich");
        Cell("Summary", "K3").GetProperty("v").GetDecimal().Should().Be(6.44m);
        Cell("Summary", "B4").GetProperty("v").GetString().Should().Be("Privat");
        Cell("Summary", "A5").GetProperty("v").GetString().Should().Be("Summe");
        Cell("Summary", "K5").GetProperty("v").GetString().Should().Be("=SUM(K2:K4)");
    }

    [Test]
    public void Materials_WhenOpened_GramsAndCostPerMaterialType()
    {
        Cell("Materials", "A1").GetProperty("v").GetString().Should().Be("Material");
        Cell("Materials", "A2").GetProperty("v").GetString().Should().Be("(ohne)");
        Cell("Materials", "A3").GetProperty("v").GetString().Should().Be("PETG");
        Cell("Materials", "C3").GetProperty("v").GetDecimal().Should().Be(12.5m);
        Cell("Materials", "A4").GetProperty("v").GetString().Should().Be("PLA");
        Cell("Materials", "B4").GetProperty("v").GetInt32().Should().Be(2);
        Cell("Materials", "C4").GetProperty("v").GetDecimal().Should().Be(1319.56m);
        Cell("Materials", "D4").GetProperty("v").GetDecimal().Should().Be(12347.55m);
        Cell("Materials", "D4").GetProperty("f").GetString().Should().Be("#,##0.00 \"€\"");
        Sheet("Materials").GetProperty("filter").GetString().Should().Be("A1:D4");
    }

    [Test]
    public void Info_WhenOpened_StatesPeriodTimeZoneAndCreationInBerlinTime()
    {
        var values = Sheet("Info").GetProperty("cells").EnumerateObject()
            .Where(p => p.Name.StartsWith('A'))
            .ToDictionary(p => p.Value.GetProperty("v").GetString()!, p => Cell("Info", "B" + p.Name[1..]));

        values["Zeitzone"].GetProperty("v").GetString().Should().Be("Zeiten in MEZ/MESZ (Europe/Berlin)");
        values["Zeitraum von"].GetProperty("v").GetString().Should().Be("2026-03-01T00:00:00");
        values["Zeitraum bis"].GetProperty("v").GetString().Should().Be("2026-10-31T00:00:00");
        values["Erstellt am"].GetProperty("v").GetString().Should().Be("2026-11-21T10:30:00", "09:30Z is 10:30 CET");
        values["Anzahl Aufträge"].GetProperty("v").GetInt32().Should().Be(4);
        values["Firma"].GetProperty("v").GetString().Should().Be("3D-Druck Kornwestheim");
        values["Hinweis"].GetProperty("v").GetString().Should().Contain("nicht der Originaldatensatz");
    }
}
