namespace Printernizer.Domain.Printers;

/// <summary>Which driver talks to a printer.</summary>
public enum PrinterKind
{
    Bambu,
    Prusa,
    Simulated,
}
