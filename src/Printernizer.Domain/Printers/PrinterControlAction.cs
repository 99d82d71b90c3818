namespace Printernizer.Domain.Printers;

/// <summary>User control actions on a running print.</summary>
public enum PrinterControlAction
{
    Pause,
    Resume,
    Stop,
}
