using System.Globalization;
using System.Text.Json.Nodes;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>
/// Maps a merged Bambu <c>print</c> document to a <see cref="PrinterStatusReport"/> (protocol doc §5). Deterministic;
/// its only memory is the cancel latch (§5.9: the cancel marker <c>0300400C</c> is transient, so it is latched
/// during a job and cleared when the next job starts) and the previous <c>gcode_state</c>. One instance per printer.
/// </summary>
public sealed class BambuStatusNormalizer
{
    /// <summary>print_error when the user cancelled the task.</summary>
    public const uint CancelledErrorCode = 0x0300400C;

    /// <summary>print_error "printing was cancelled".</summary>
    public const uint PrintingCancelledErrorCode = 0x0500400E;

    /// <summary>print_error of an unsigned (unauthorized) control command.</summary>
    public const uint AuthorizationErrorCode = 0x05024007;

    /// <summary>HMS key (attr:X8 + code:X8) "MQTT command verification failed".</summary>
    public const string VerificationFailedHms = "0500050000010007";

    private static readonly Dictionary<uint, string> KnownPrintErrors = new()
    {
        [CancelledErrorCode] = "The print was cancelled.",
        [PrintingCancelledErrorCode] = "Printing was cancelled.",
        [AuthorizationErrorCode] = "The printer rejected an unsigned command: enable LAN Only mode and Developer Mode on the printer.",
        [0x05004004] = "The printer is busy and cannot start a new task.",
        [0x0500C010] = "MicroSD card read/write error.",
    };

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private string? _previousGcodeState;
    private bool _cancelLatched;

    /// <summary>The raw <c>gcode_state</c> of the last normalized document (e.g. RUNNING), or null.</summary>
    public string? LastGcodeState => _previousGcodeState;

    /// <summary>True when the current/last job was cancelled (marker seen or stop sent by Printernizer).</summary>
    public bool CancelLatched => _cancelLatched;

    public static bool IsActive(string? gcodeState) => gcodeState is "PREPARE" or "SLICING" or "RUNNING" or "PAUSE";

    /// <summary>Records that Printernizer itself stopped the current job (counts as a cancel marker).</summary>
    public void MarkStoppedByUser() => _cancelLatched = true;

    public void Reset()
    {
        _previousGcodeState = null;
        _cancelLatched = false;
    }

    public PrinterStatusReport Normalize(JsonObject print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var gcodeState = print.Get("gcode_state").AsString()?.Trim().ToUpperInvariant();
        var active = IsActive(gcodeState);
        var wasActive = IsActive(_previousGcodeState);
        if (active && !wasActive)
        {
            _cancelLatched = false; // a new job started
        }

        var printError = print.Get("print_error").AsUInt32() ?? 0;
        var errors = new List<PrinterError>();
        if (printError != 0)
        {
            if (printError is CancelledErrorCode or PrintingCancelledErrorCode)
            {
                _cancelLatched = true;
            }

            errors.Add(new PrinterError(
                printError.ToString("X8", CultureInfo.InvariantCulture),
                printError is CancelledErrorCode or PrintingCancelledErrorCode ? PrinterErrorSeverity.Info : PrinterErrorSeverity.Error,
                KnownPrintErrors.TryGetValue(printError, out var known)
                    ? known
                    : string.Create(CultureInfo.InvariantCulture, $"Printer error {printError >> 16:X4}_{printError & 0xFFFF:X4}.")));
        }

        var worstHms = AddHmsErrors(print, errors);
        var state = MapState(gcodeState, printError, worstHms);
        _previousGcodeState = gcodeState;

        var showJob = state is not (PrinterState.Idle or PrinterState.Error or PrinterState.Busy);
        var timed = gcodeState is "RUNNING" or "PAUSE";
        var remainingMinutes = timed ? print.Get("mc_remaining_time").AsInt32() : null;
        var totalLayers = print.Get("total_layer_num").AsInt32();
        var gcodeFile = NullIfEmpty(print.Get("gcode_file").AsString());
        return new PrinterStatusReport
        {
            State = state,
            ProgressPercent = showJob && print.Get("mc_percent").AsDouble() is { } percent ? (decimal)Math.Clamp(percent, 0, 100) : null,
            RemainingSeconds = remainingMinutes is >= 0 ? remainingMinutes * 60 : null,
            CurrentLayer = showJob ? print.Get("layer_num").AsInt32() : null,
            TotalLayers = showJob && totalLayers > 0 ? totalLayers : null,
            JobIdentity = showJob ? JobIdentity(print) : null,
            JobName = showJob ? NullIfEmpty(print.Get("subtask_name").AsString()) : null,
            FileName = showJob && gcodeFile is not null ? Path.GetFileName(gcodeFile) : null,
            FilePath = showJob && gcodeFile is not null && !gcodeFile.StartsWith("/data/", StringComparison.Ordinal) ? gcodeFile : null,
            Temperatures = ReadTemperatures(print),
            Errors = errors,
            LoadedMaterials = ReadMaterials(print),
            CancelledByUser = _cancelLatched && (state == PrinterState.Stopped || (state == PrinterState.Idle && wasActive)),
        };
    }

    /// <summary>True when the document shows that the firmware refused an unsigned command (§8).</summary>
    public static bool ShowsAuthorizationRefusal(JsonObject print)
    {
        if (print.Get("print_error").AsUInt32() == AuthorizationErrorCode)
        {
            return true;
        }

        if (print.Get("hms") is JsonArray hms)
        {
            foreach (var entry in hms)
            {
                if (entry is JsonObject obj && HmsKey(obj) == VerificationFailedHms)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? HmsKey(JsonObject entry)
    {
        var attr = HmsNumber(entry.Get("attr"));
        var code = HmsNumber(entry.Get("code"));
        return attr is null || code is null ? null : string.Create(CultureInfo.InvariantCulture, $"{attr:X8}{code:X8}");
    }

    private static uint? HmsNumber(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? (uint?)node.AsHexUInt64()
            : node.AsUInt32();

    private static PrinterErrorSeverity? AddHmsErrors(JsonObject print, List<PrinterError> errors)
    {
        if (print.Get("hms") is not JsonArray hms)
        {
            return null;
        }

        PrinterErrorSeverity? worst = null;
        foreach (var entry in hms)
        {
            if (entry is not JsonObject obj || HmsNumber(obj.Get("attr")) is not { } attr || HmsNumber(obj.Get("code")) is not { } code)
            {
                continue;
            }

            var severity = (code >> 16) switch
            {
                1 => PrinterErrorSeverity.Fatal,
                2 => PrinterErrorSeverity.Error,
                3 => PrinterErrorSeverity.Warning,
                4 => PrinterErrorSeverity.Info,
                _ => PrinterErrorSeverity.Warning,
            };
            var key = string.Create(CultureInfo.InvariantCulture, $"{attr:X8}{code:X8}");
            var display = string.Create(CultureInfo.InvariantCulture, $"HMS_{attr >> 16:X4}_{attr & 0xFFFF:X4}_{code >> 16:X4}_{code & 0xFFFF:X4}");
            var message = key == VerificationFailedHms
                ? display + ": MQTT command verification failed. Enable LAN Only mode and Developer Mode on the printer to control it from Printernizer."
                : display + " (see https://wiki.bambulab.com/en/hms/home)";
            errors.Add(new PrinterError(key, severity, message));
            if (worst is null || severity > worst)
            {
                worst = severity;
            }
        }

        return worst;
    }

    private PrinterState MapState(string? gcodeState, uint printError, PrinterErrorSeverity? worstHms)
    {
        var problem = (printError != 0 && printError is not (CancelledErrorCode or PrintingCancelledErrorCode)) || worstHms >= PrinterErrorSeverity.Error;
        return gcodeState switch
        {
            "RUNNING" => worstHms == PrinterErrorSeverity.Fatal ? PrinterState.Attention : PrinterState.Printing,
            "PAUSE" => problem ? PrinterState.Attention : PrinterState.Paused,
            "PREPARE" or "SLICING" => PrinterState.Preparing,
            "FINISH" => PrinterState.Finished,
            "FAILED" => _cancelLatched ? PrinterState.Stopped : PrinterState.Failed,
            "IDLE" or "" or null => worstHms == PrinterErrorSeverity.Fatal ? PrinterState.Error : PrinterState.Idle,
            "OFFLINE" => PrinterState.Offline,
            _ => PrinterState.Busy,
        };
    }

    private static string? JobIdentity(JsonObject print)
    {
        static string? Real(string? id) => string.IsNullOrWhiteSpace(id) || id == "0" ? null : id;
        return Real(print.Get("subtask_id").AsString())
            ?? Real(print.Get("task_id").AsString())
            ?? NullIfEmpty(print.Get("subtask_name").AsString());
    }

    private static TemperatureReadings ReadTemperatures(JsonObject print)
    {
        double? chamber = null;
        if (print.Get("device") is JsonObject device && device.Get("ctc") is JsonObject ctc && ctc.Get("info") is JsonObject info)
        {
            chamber = info.Get("temp").AsDouble();
        }

        // A1/P1 have no chamber sensor and always send the dummy value 5.
        chamber ??= print.Get("chamber_temper").AsDouble() is { } c && c != 5 ? c : null;
        return new TemperatureReadings
        {
            Nozzle = print.Get("nozzle_temper").AsDouble(),
            NozzleTarget = print.Get("nozzle_target_temper").AsDouble(),
            Bed = print.Get("bed_temper").AsDouble(),
            BedTarget = print.Get("bed_target_temper").AsDouble(),
            Chamber = chamber,
        };
    }

    private static List<LoadedMaterial> ReadMaterials(JsonObject print)
    {
        var materials = new List<LoadedMaterial>();
        int? trayNow = null;
        if (print.Get("ams") is JsonObject ams)
        {
            trayNow = ams.Get("tray_now").AsInt32();
            if (ams.Get("ams") is JsonArray units)
            {
                foreach (var unitNode in units)
                {
                    if (unitNode is not JsonObject unit || unit.Get("id").AsInt32() is not { } unitId || unit.Get("tray") is not JsonArray trays)
                    {
                        continue;
                    }

                    foreach (var trayNode in trays)
                    {
                        if (trayNode is not JsonObject tray || tray.Get("id").AsInt32() is not { } trayId || NullIfEmpty(tray.Get("tray_type").AsString()) is not { } type)
                        {
                            continue;
                        }

                        var active = unitId >= 128 ? trayNow == unitId : trayNow == (unitId * 4) + trayId;
                        materials.Add(new LoadedMaterial(
                            string.Create(CultureInfo.InvariantCulture, $"ams{unitId}-tray{trayId}"),
                            type,
                            Color(tray.Get("tray_color").AsString()),
                            active));
                    }
                }
            }
        }

        if (print.Get("vt_tray") is JsonObject external && NullIfEmpty(external.Get("tray_type").AsString()) is { } externalType)
        {
            materials.Add(new LoadedMaterial("external", externalType, Color(external.Get("tray_color").AsString()), trayNow == 254));
        }

        return materials;
    }

    private static string? Color(string? rrggbbaa) =>
        rrggbbaa is { Length: >= 6 } && !rrggbbaa.AsSpan(0, 6).ContainsAnyExcept(HexDigits)
            ? "#" + rrggbbaa[..6].ToUpperInvariant()
            : null;
}
