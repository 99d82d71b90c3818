using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Application.Files;

/// <summary>Creates the file source for a printer's kind.</summary>
public interface IPrinterFileSourceFactory
{
    IPrinterFileSource Create(PrinterConnectionSettings settings);
}
