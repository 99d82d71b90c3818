using Printernizer.Domain.Printers;

namespace Printernizer.Application.Printers.Drivers;

/// <summary>
/// A driver's normalized view of one printer at one instant. Vendor JSON never leaves the driver folder;
/// drivers map it into this record. Every field but <see cref="State"/> is optional.
/// </summary>
public sealed record PrinterStatusReport
{
    public PrinterState State { get; init; }
    public bool Connected { get; init; } = true;
    /// <summary>Why the printer is offline, in words a shop owner understands (only with <see cref="PrinterState.Offline"/>).</summary>
    public string? OfflineReason { get; init; }
    public decimal? ProgressPercent { get; init; }
    public int? RemainingSeconds { get; init; }
    public int? ElapsedSeconds { get; init; }
    public int? CurrentLayer { get; init; }
    public int? TotalLayers { get; init; }
    /// <summary>The printer's identity of the current job (Bambu task_id/subtask_name, Prusa job id).</summary>
    public string? JobIdentity { get; init; }
    public string? JobName { get; init; }
    public string? FileName { get; init; }
    /// <summary>Path of the job's file on the printer when known (for "download the current job's file").</summary>
    public string? FilePath { get; init; }
    public TemperatureReadings Temperatures { get; init; } = new();
    public IReadOnlyList<PrinterError> Errors { get; init; } = [];
    /// <summary>Material loaded in the printer (Bambu AMS trays / external spool, Prusa loaded filament).</summary>
    public IReadOnlyList<LoadedMaterial> LoadedMaterials { get; init; } = [];
    /// <summary>True when the driver knows the current job was cancelled by the user (e.g. Bambu error 0300400C).</summary>
    public bool CancelledByUser { get; init; }
}

public sealed record TemperatureReadings
{
    public double? Nozzle { get; init; }
    public double? NozzleTarget { get; init; }
    public double? Bed { get; init; }
    public double? BedTarget { get; init; }
    public double? Chamber { get; init; }
}

/// <summary>An error reported by a printer. <see cref="Code"/> is vendor-specific (Bambu hex codes, Prusa codes).</summary>
public sealed record PrinterError(string Code, PrinterErrorSeverity Severity, string Message);

public enum PrinterErrorSeverity
{
    Info,
    Warning,
    Error,
    Fatal,
}

/// <summary>One loaded material slot. <see cref="SlotId"/> is e.g. "ams0-tray2", "external" or "extruder".</summary>
public sealed record LoadedMaterial(string SlotId, string? MaterialType, string? ColorHex, bool Active);
