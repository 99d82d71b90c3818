using OfficeOpenXml;
using Printernizer.Application.Exports;
using Printernizer.Domain.Costs;
using Printernizer.Domain.Jobs;

namespace Printernizer.Infrastructure.Exports;

/// <summary>
/// The Excel job export (business.md §7.1) with EPPlus 4.5: sheets <see cref="JobsSheet"/> (one row per job),
/// <see cref="SummarySheet"/> (per Berlin month and category), <see cref="MaterialsSheet"/> (per material type) and
/// <see cref="InfoSheet"/>. Typed cells: Berlin local times as real dates (<c>dd.mm.yyyy hh:mm</c>), money rounded to
/// cents with <c>#,##0.00 "€"</c>, grams <c>#,##0.0</c>; German headers, bold frozen header row, autofilter, fixed
/// column widths (never AutoFitColumns: it needs GDI+ and crashes on Linux), a SUM totals row below the data, and the
/// formula-injection guard on text cells.
/// </summary>
public sealed class JobsWorkbookWriter : IJobExportWriter
{
    public const string JobsSheet = "Jobs";
    public const string SummarySheet = "Summary";
    public const string MaterialsSheet = "Materials";
    public const string InfoSheet = "Info";

    public const string MoneyFormat = "#,##0.00 \"€\"";
    public const string GramsFormat = "#,##0.0";
    public const string HoursFormat = "#,##0.00";
    public const string DateFormat = "dd.mm.yyyy";
    public const string DateTimeFormat = "dd.mm.yyyy hh:mm";
    public const string MonthFormat = "mm.yyyy";
    public const string TimeZoneNote = "Zeiten in MEZ/MESZ (Europe/Berlin)";

    private static readonly Column[] JobColumns =
    [
        new("Datum", 11, DateFormat),
        new("Job-ID", 38, null),
        new("Drucker", 16, null),
        new("Druckauftrag", 32, null),
        new("Datei", 32, null),
        new("Status", 15, null),
        new("Kategorie", 16, null),
        new("Kundennr.", 11, null),
        new("Kunde", 24, null),
        new("Auftragsnr.", 14, null),
        new("Start (MEZ/MESZ)", 17, DateTimeFormat),
        new("Ende (MEZ/MESZ)", 17, DateTimeFormat),
        new("Druckdauer (h)", 14, HoursFormat, Sum: true),
        new("Pause (h)", 10, HoursFormat, Sum: true),
        new("Material", 11, null),
        new("Material (g)", 13, GramsFormat, Sum: true),
        new("Materialkosten", 15, MoneyFormat, Sum: true),
        new("Energiekosten", 14, MoneyFormat, Sum: true),
        new("Maschinenkosten", 16, MoneyFormat, Sum: true),
        new("Arbeitskosten", 14, MoneyFormat, Sum: true),
        new("Ausschusszuschlag", 18, MoneyFormat, Sum: true),
        new("Gesamtkosten", 15, MoneyFormat, Sum: true),
        new("Währung", 9, null),
        new("Notizen", 40, null),
    ];

    private static readonly Column[] SummaryColumns =
    [
        new("Monat", 10, MonthFormat),
        new("Kategorie", 16, null),
        new("Aufträge", 10, "#,##0", Sum: true),
        new("Druckstunden", 13, HoursFormat, Sum: true),
        new("Material (g)", 13, GramsFormat, Sum: true),
        new("Materialkosten", 15, MoneyFormat, Sum: true),
        new("Energiekosten", 14, MoneyFormat, Sum: true),
        new("Maschinenkosten", 16, MoneyFormat, Sum: true),
        new("Arbeitskosten", 14, MoneyFormat, Sum: true),
        new("Ausschusszuschlag", 18, MoneyFormat, Sum: true),
        new("Gesamtkosten", 15, MoneyFormat, Sum: true),
    ];

    private static readonly Column[] MaterialColumns =
    [
        new("Material", 16, null),
        new("Aufträge", 10, "#,##0", Sum: true),
        new("Material (g)", 14, GramsFormat, Sum: true),
        new("Materialkosten", 15, MoneyFormat, Sum: true),
    ];

    public string Format => "xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileExtension => ".xlsx";

    public void Write(Stream output, IEnumerable<JobExportRow> rows, JobExportInfo info)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(info);

        var summary = new SortedDictionary<(DateOnly Month, JobCategory Category), Totals>();
        var materials = new SortedDictionary<string, Totals>(StringComparer.OrdinalIgnoreCase);

        using var package = new ExcelPackage { Compression = CompressionLevel.BestSpeed };
        var jobs = package.Workbook.Worksheets.Add(JobsSheet);
        WriteHeader(jobs, JobColumns);
        var r = 1;
        foreach (var row in rows)
        {
            r++;
            var c = 0;
            jobs.SetValue(r, ++c, row.LocalDate.ToDateTime(TimeOnly.MinValue));
            jobs.SetValue(r, ++c, ExportText.JobId(row.JobId));
            SetText(jobs, r, ++c, row.PrinterName);
            SetText(jobs, r, ++c, row.Name);
            SetText(jobs, r, ++c, row.FileName);
            jobs.SetValue(r, ++c, ExportText.Status(row.Status));
            jobs.SetValue(r, ++c, ExportText.Category(row.Category));
            SetText(jobs, r, ++c, row.CustomerNumber);
            SetText(jobs, r, ++c, row.CustomerName);
            SetText(jobs, r, ++c, row.OrderNumber);
            jobs.SetValue(r, ++c, ExportText.Local(row.StartedAt));
            SetValue(jobs, r, ++c, row.EndedAt is { } ended ? ExportText.Local(ended) : null);
            jobs.SetValue(r, ++c, row.ActualSeconds / 3600m);
            jobs.SetValue(r, ++c, row.PausedSeconds / 3600m);
            SetText(jobs, r, ++c, row.MaterialType);
            SetValue(jobs, r, ++c, row.MaterialGrams);
            SetMoney(jobs, r, ++c, row.MaterialCost);
            SetMoney(jobs, r, ++c, row.EnergyCost);
            SetMoney(jobs, r, ++c, row.MachineCost);
            SetMoney(jobs, r, ++c, row.LabourCost);
            SetMoney(jobs, r, ++c, row.FailureAllowance);
            SetMoney(jobs, r, ++c, row.TotalCost);
            jobs.SetValue(r, ++c, row.Currency);
            SetText(jobs, r, ++c, row.Notes);

            var month = new DateOnly(row.LocalDate.Year, row.LocalDate.Month, 1);
            Accumulate(summary, (month, row.Category), row);
            Accumulate(materials, string.IsNullOrWhiteSpace(row.MaterialType) ? "(ohne)" : row.MaterialType.Trim(), row);
        }

        var jobCount = r - 1;
        FinishTable(jobs, JobColumns, r);

        var summarySheet = package.Workbook.Worksheets.Add(SummarySheet);
        WriteHeader(summarySheet, SummaryColumns);
        r = 1;
        foreach (var ((month, category), totals) in summary)
        {
            r++;
            summarySheet.SetValue(r, 1, month.ToDateTime(TimeOnly.MinValue));
            summarySheet.SetValue(r, 2, ExportText.Category(category));
            summarySheet.SetValue(r, 3, totals.Jobs);
            summarySheet.SetValue(r, 4, totals.Seconds / 3600m);
            summarySheet.SetValue(r, 5, totals.Grams);
            summarySheet.SetValue(r, 6, totals.Material);
            summarySheet.SetValue(r, 7, totals.Energy);
            summarySheet.SetValue(r, 8, totals.Machine);
            summarySheet.SetValue(r, 9, totals.Labour);
            summarySheet.SetValue(r, 10, totals.FailureAllowance);
            summarySheet.SetValue(r, 11, totals.Total);
        }

        FinishTable(summarySheet, SummaryColumns, r);

        var materialSheet = package.Workbook.Worksheets.Add(MaterialsSheet);
        WriteHeader(materialSheet, MaterialColumns);
        r = 1;
        foreach (var (material, totals) in materials)
        {
            r++;
            SetText(materialSheet, r, 1, material);
            materialSheet.SetValue(r, 2, totals.Jobs);
            materialSheet.SetValue(r, 3, totals.Grams);
            materialSheet.SetValue(r, 4, totals.Material);
        }

        FinishTable(materialSheet, MaterialColumns, r);

        WriteInfo(package.Workbook.Worksheets.Add(InfoSheet), info, jobCount: jobCount);
        package.SaveAs(output);
    }

    private static void WriteInfo(ExcelWorksheet sheet, JobExportInfo info, int jobCount)
    {
        var lines = new (string Key, object? Value, string? Format)[]
        {
            ("Export", "Druckaufträge (Printernizer)", null),
            ("Firma", ExportText.Guard(info.CompanyName) ?? string.Empty, null),
            ("Zeitraum von", info.Period.From.ToDateTime(TimeOnly.MinValue), DateFormat),
            ("Zeitraum bis", info.Period.To.ToDateTime(TimeOnly.MinValue), DateFormat),
            ("Filter", ExportText.Guard(info.Filters) ?? "keine", null),
            ("Erstellt am", ExportText.Local(info.CreatedAt), DateTimeFormat),
            ("Zeitzone", TimeZoneNote, null),
            ("Umsatzsteuer", info.SmallBusiness ? "Kleinunternehmer (§ 19 UStG): Beträge brutto, keine Umsatzsteuer" : "Regelbesteuerung: Beträge netto", null),
            ("Anzahl Aufträge", jobCount, "#,##0"),
            ("Programmversion", info.AppVersion, null),
            ("Hinweis", "Dieser Export ist eine Auswertung, nicht der Originaldatensatz. Kosten sind kalkulierte Selbstkosten (Stand der letzten Revision), gerundet auf Cent.", null),
        };
        for (var i = 0; i < lines.Length; i++)
        {
            sheet.SetValue(i + 1, 1, lines[i].Key);
            sheet.SetValue(i + 1, 2, lines[i].Value);
            if (lines[i].Format is { } format)
            {
                sheet.Cells[i + 1, 2].Style.Numberformat.Format = format;
                sheet.Cells[i + 1, 2].Style.HorizontalAlignment = OfficeOpenXml.Style.ExcelHorizontalAlignment.Left;
            }
        }

        sheet.Cells[1, 1, lines.Length, 1].Style.Font.Bold = true;
        sheet.Column(1).Width = 18;
        sheet.Column(2).Width = 90;
    }

    /// <summary>
    /// Header texts, widths and the columns' number formats. The formats are column styles set BEFORE any data: EPPlus
    /// gives a cell without own style its column's style when saving, which is far cheaper than styling 100,000 cells.
    /// </summary>
    private static void WriteHeader(ExcelWorksheet sheet, Column[] columns)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            var column = sheet.Column(c + 1);
            column.Width = columns[c].Width;
            if (columns[c].Format is { } format)
            {
                column.Style.Numberformat.Format = format;
            }
        }

        for (var c = 0; c < columns.Length; c++)
        {
            sheet.SetValue(1, c + 1, columns[c].Header);
        }

        sheet.Cells[1, 1, 1, columns.Length].Style.Font.Bold = true;
        sheet.View.FreezePanes(2, 1);
    }

    /// <summary>The autofilter over header + data and the SUM row below the data.</summary>
    private static void FinishTable(ExcelWorksheet sheet, Column[] columns, int lastRow)
    {
        sheet.Cells[1, 1, Math.Max(lastRow, 1), columns.Length].AutoFilter = true;
        var totalsRow = lastRow + 1;
        for (var c = 0; c < columns.Length; c++)
        {
            var column = c + 1;
            if (columns[c].Sum)
            {
                var from = ExcelCellBase.GetAddress(2, column);
                var to = ExcelCellBase.GetAddress(Math.Max(lastRow, 2), column);
                sheet.Cells[totalsRow, column].Formula = lastRow >= 2 ? $"SUM({from}:{to})" : "0";
            }
        }

        sheet.SetValue(totalsRow, 1, "Summe");
        sheet.Cells[totalsRow, 1, totalsRow, columns.Length].Style.Font.Bold = true;
    }

    private static void Accumulate<TKey>(IDictionary<TKey, Totals> totals, TKey key, JobExportRow row)
    {
        if (!totals.TryGetValue(key, out var t))
        {
            t = new Totals();
            totals[key] = t;
        }

        t.Jobs++;
        t.Seconds += row.ActualSeconds;
        t.Grams += row.MaterialGrams ?? 0m;
        t.Material += Cents(row.MaterialCost);
        t.Energy += Cents(row.EnergyCost);
        t.Machine += Cents(row.MachineCost);
        t.Labour += Cents(row.LabourCost);
        t.FailureAllowance += Cents(row.FailureAllowance);
        t.Total += Cents(row.TotalCost);
    }

    // Totals add the cent-rounded job values, so they match the SUM row of the Jobs sheet.
    private static decimal Cents(decimal? value) => value is { } v ? Money.Round(v) : 0m;

    private static void SetText(ExcelWorksheet sheet, int row, int column, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            // Excel cells break lines with LF only (XML would turn a raw CR into LF anyway).
            sheet.SetValue(row, column, ExportText.Guard(text)!.ReplaceLineEndings("\n"));
        }
    }

    private static void SetValue(ExcelWorksheet sheet, int row, int column, object? value)
    {
        if (value is not null)
        {
            sheet.SetValue(row, column, value);
        }
    }

    private static void SetMoney(ExcelWorksheet sheet, int row, int column, decimal? value)
    {
        if (value is { } v)
        {
            sheet.SetValue(row, column, Money.Round(v));
        }
    }

    private sealed record Column(string Header, double Width, string? Format, bool Sum = false);

    private sealed class Totals
    {
        public int Jobs { get; set; }
        public long Seconds { get; set; }
        public decimal Grams { get; set; }
        public decimal Material { get; set; }
        public decimal Energy { get; set; }
        public decimal Machine { get; set; }
        public decimal Labour { get; set; }
        public decimal FailureAllowance { get; set; }
        public decimal Total { get; set; }
    }
}
