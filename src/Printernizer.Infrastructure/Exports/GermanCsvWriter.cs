using System.Globalization;
using System.Text;
using Printernizer.Application.Exports;
using Printernizer.Domain.Costs;

namespace Printernizer.Infrastructure.Exports;

/// <summary>
/// The German CSV job export (business.md §7.2): <c>;</c> separator, decimal comma without thousands separator, dates
/// <c>TT.MM.JJJJ</c> and times <c>HH:MM</c> in Europe/Berlin, CRLF line ends, German headers in the first line, UTF-8
/// with BOM (or Windows-1252), fields with <c>;</c>, <c>"</c> or line breaks quoted with doubled quotes, and the
/// formula-injection guard on text fields. Money is rounded to cents (half-up).
/// </summary>
public sealed class GermanCsvWriter(GermanCsvEncoding encoding = GermanCsvEncoding.Utf8WithBom) : IJobExportWriter
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Datum", "Job-ID", "Drucker", "Druckauftrag", "Datei", "Status", "Kategorie", "Kundennr.", "Kunde", "Auftragsnr.",
        "Startdatum", "Startzeit", "Enddatum", "Endzeit", "Druckdauer (h)", "Pause (h)", "Material", "Material (g)",
        "Materialkosten", "Energiekosten", "Maschinenkosten", "Arbeitskosten", "Ausschusszuschlag", "Gesamtkosten",
        "Währung", "Notizen",
    ];

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = string.Empty, NegativeSign = "-" };

    public string Format => "csv";

    public string ContentType => "text/csv; charset=" + (encoding == GermanCsvEncoding.Windows1252 ? "windows-1252" : "utf-8");

    public string FileExtension => ".csv";

    public void Write(Stream output, IEnumerable<JobExportRow> rows, JobExportInfo info)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        Encoding textEncoding;
        if (encoding == GermanCsvEncoding.Windows1252)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            textEncoding = Encoding.GetEncoding(1252, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
        }
        else
        {
            output.Write(Encoding.UTF8.GetPreamble());
            textEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        using var writer = new StreamWriter(output, textEncoding, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        WriteLine(writer, Headers);

        var fields = new string?[Headers.Count];
        foreach (var row in rows)
        {
            var start = ExportText.Local(row.StartedAt);
            DateTime? end = row.EndedAt is { } e ? ExportText.Local(e) : null;
            var i = 0;
            fields[i++] = row.LocalDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            fields[i++] = ExportText.JobId(row.JobId);
            fields[i++] = Text(row.PrinterName);
            fields[i++] = Text(row.Name);
            fields[i++] = Text(row.FileName);
            fields[i++] = ExportText.Status(row.Status);
            fields[i++] = ExportText.Category(row.Category);
            fields[i++] = Text(row.CustomerNumber);
            fields[i++] = Text(row.CustomerName);
            fields[i++] = Text(row.OrderNumber);
            fields[i++] = start.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            fields[i++] = start.ToString("HH:mm", CultureInfo.InvariantCulture);
            fields[i++] = end?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            fields[i++] = end?.ToString("HH:mm", CultureInfo.InvariantCulture);
            fields[i++] = Number(row.ActualSeconds / 3600m, "0.00");
            fields[i++] = Number(row.PausedSeconds / 3600m, "0.00");
            fields[i++] = Text(row.MaterialType);
            fields[i++] = Number(row.MaterialGrams, "0.##");
            fields[i++] = MoneyText(row.MaterialCost);
            fields[i++] = MoneyText(row.EnergyCost);
            fields[i++] = MoneyText(row.MachineCost);
            fields[i++] = MoneyText(row.LabourCost);
            fields[i++] = MoneyText(row.FailureAllowance);
            fields[i++] = MoneyText(row.TotalCost);
            fields[i++] = row.Currency;
            fields[i] = Text(row.Notes);
            WriteLine(writer, fields);
        }

        writer.Flush();
    }

    /// <summary>A field as written: quoted when it contains <c>;</c>, <c>"</c>, CR or LF, embedded quotes doubled.</summary>
    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(";\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteLine(StreamWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            writer.Write(Escape(fields[i]));
        }

        writer.WriteLine();
    }

    private static string? Text(string? value) => ExportText.Guard(value);

    private static string? Number(decimal? value, string format) => value?.ToString(format, DecimalComma);

    private static string? MoneyText(decimal? value) => value is { } v ? Money.Round(v).ToString("0.00", DecimalComma) : null;
}
