namespace Printernizer.Domain.Printers;

/// <summary>Normalized printer state shared by every vendor (see shared/api.md).</summary>
public enum PrinterState
{
    Offline,
    Idle,
    Busy,
    Preparing,
    Printing,
    Paused,
    Finished,
    Stopped,
    Failed,
    Error,
    Attention,
}
