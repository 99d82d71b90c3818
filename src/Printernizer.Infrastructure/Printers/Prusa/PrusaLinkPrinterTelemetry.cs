namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>The <c>printer</c> part of <c>/api/v1/status</c>.</summary>
public sealed record PrusaLinkPrinterTelemetry
{
    /// <summary>IDLE, BUSY, PRINTING, PAUSED, FINISHED, STOPPED, ERROR, ATTENTION, READY, UNKNOWN (or anything newer).</summary>
    public string? State { get; init; }
    public double? TempNozzle { get; init; }
    public double? TargetNozzle { get; init; }
    public double? TempBed { get; init; }
    public double? TargetBed { get; init; }
    public double? AxisX { get; init; }
    public double? AxisY { get; init; }
    public double? AxisZ { get; init; }
    public double? Flow { get; init; }
    public double? Speed { get; init; }
    public double? FanHotend { get; init; }
    public double? FanPrint { get; init; }
}
