using System.Diagnostics;
using System.Text.Json;

namespace Printernizer.Infrastructure.Tests.Exports;

/// <summary>
/// Reads an .xlsx with an independent implementation: Python's openpyxl (Debian package python3-openpyxl, found via
/// /usr/bin/python3). Returns per sheet: freeze pane, autofilter range, column widths and every non-empty cell's value,
/// openpyxl data type, number format and bold flag.
/// </summary>
public static class OpenPyxl
{
    private const string Script = """
        import datetime, json, sys
        import openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": wb.sheetnames}
        for ws in wb.worksheets:
            cells = {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    v = c.value
                    if isinstance(v, datetime.datetime):
                        v = v.replace(microsecond=0).isoformat() if v.microsecond < 500 else (v + datetime.timedelta(microseconds=1000000 - v.microsecond)).isoformat()
                    cells[c.coordinate] = {"v": v, "t": c.data_type, "f": c.number_format, "b": bool(c.font.b)}
            widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
            out[ws.title] = {"freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "cells": cells, "widths": widths, "maxRow": ws.max_row}
        print(json.dumps(out, default=str))
        """;

    public static JsonElement Read(string xlsxPath, string workDirectory)
    {
        var scriptPath = Path.Combine(workDirectory, "read_xlsx.py");
        File.WriteAllText(scriptPath, Script);
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(scriptPath);
        start.ArgumentList.Add(xlsxPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("openpyxl did not finish within 60 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"openpyxl failed ({process.ExitCode}): {stderr.Result}");
        }

        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }
}
