using System.Globalization;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>
/// Maps PrusaLink's <c>/api/v1/status</c> (plus the remembered job and the loaded material) to the
/// vendor-neutral <see cref="PrinterStatusReport"/>.
/// <para>
/// States: IDLE/READY → Idle, BUSY → Busy, PRINTING → Printing, PAUSED → Paused, FINISHED → Finished,
/// STOPPED → Stopped (with <see cref="PrinterStatusReport.CancelledByUser"/>), ATTENTION → Attention, ERROR → Error.
/// UNKNOWN (Buddy's fallback for internal states it does not name) and any unrecognised string → Attention
/// when a job exists (a print in a state nobody understands deserves a look) and Busy otherwise (transient
/// firmware states such as boot or menus, nothing to act on).
/// </para>
/// </summary>
public static class PrusaStatusMapper
{
    public const string ExtruderSlot = "extruder";

    public static PrinterState MapState(string? state, bool hasJob) =>
        state?.Trim().ToUpperInvariant() switch
        {
            "IDLE" or "READY" or "OPERATIONAL" => PrinterState.Idle,
            "BUSY" => PrinterState.Busy,
            "PRINTING" => PrinterState.Printing,
            "PAUSED" => PrinterState.Paused,
            "FINISHED" => PrinterState.Finished,
            "STOPPED" => PrinterState.Stopped,
            "ATTENTION" => PrinterState.Attention,
            "ERROR" => PrinterState.Error,
            _ => hasJob ? PrinterState.Attention : PrinterState.Busy,
        };

    /// <param name="status">The latest status.</param>
    /// <param name="job">The remembered job (current, or the last one after it ended); ignored when its id differs from the status' job.</param>
    /// <param name="loadedMaterial">Loaded filament type, when known.</param>
    public static PrinterStatusReport Map(PrusaLinkStatus status, PrusaJobSnapshot? job, string? loadedMaterial)
    {
        var printer = status.Printer;
        var statusJob = status.Job;
        var hasJob = statusJob is not null;
        var rawState = printer?.State;
        var state = MapState(rawState, hasJob);

        // The job that belongs to this sample: the running one, or after FINISHED/STOPPED the remembered last one.
        PrusaJobSnapshot? shown = null;
        if (statusJob?.Id is { } id)
        {
            shown = job?.Id == id ? job : null;
        }
        else if (!hasJob && state is PrinterState.Finished or PrinterState.Stopped)
        {
            shown = job;
        }

        string? identity = statusJob?.Id?.ToString(CultureInfo.InvariantCulture) ?? shown?.Id.ToString(CultureInfo.InvariantCulture);
        decimal? progress = hasJob ? ToPercent(statusJob!.Progress) : null;
        if (!hasJob && shown is not null)
        {
            progress = state == PrinterState.Finished ? 100m : shown.LastProgressPercent;
        }

        var fileName = shown?.DisplayName ?? shown?.ShortName;
        return new PrinterStatusReport
        {
            State = state,
            Connected = true,
            ProgressPercent = progress,
            RemainingSeconds = hasJob ? statusJob!.TimeRemaining : (state == PrinterState.Finished && shown is not null ? 0 : null),
            ElapsedSeconds = hasJob ? statusJob!.TimePrinting : shown?.LastElapsedSeconds,
            JobIdentity = identity,
            JobName = fileName is null ? null : StripExtension(fileName),
            FileName = fileName,
            FilePath = shown?.FilePath,
            Temperatures = new TemperatureReadings
            {
                Nozzle = printer?.TempNozzle,
                NozzleTarget = printer?.TargetNozzle,
                Bed = printer?.TempBed,
                BedTarget = printer?.TargetBed,
            },
            Errors = ErrorsFor(state, rawState),
            LoadedMaterials = string.IsNullOrWhiteSpace(loadedMaterial)
                ? []
                : [new LoadedMaterial(ExtruderSlot, loadedMaterial, null, true)],
            CancelledByUser = state == PrinterState.Stopped,
        };
    }

    internal static decimal? ToPercent(double? value) =>
        value is { } v && double.IsFinite(v) ? Math.Round((decimal)Math.Clamp(v, 0, 100), 2) : null;

    private static string StripExtension(string fileName)
    {
        string[] known = [".bgcode", ".gcode", ".bgc", ".gco", ".gc", ".g"];
        foreach (var extension in known)
        {
            if (fileName.Length > extension.Length && fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return fileName[..^extension.Length];
            }
        }

        return fileName;
    }

    private static IReadOnlyList<PrinterError> ErrorsFor(PrinterState state, string? rawState) => state switch
    {
        PrinterState.Error => [new PrinterError("PRUSA_ERROR", PrinterErrorSeverity.Error, "The printer reports an error. Check its display.")],
        PrinterState.Attention when string.Equals(rawState?.Trim(), "ATTENTION", StringComparison.OrdinalIgnoreCase) =>
            [new PrinterError("PRUSA_ATTENTION", PrinterErrorSeverity.Warning, "The printer is waiting for you (e.g. filament runout or a warning). Check its display.")],
        PrinterState.Attention =>
            [new PrinterError("PRUSA_UNKNOWN_STATE", PrinterErrorSeverity.Warning, $"The printer reports the state '{rawState ?? "(none)"}' during a print. Check its display.")],
        _ => [],
    };
}
