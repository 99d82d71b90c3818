namespace Printernizer.Application.Monitoring;

/// <summary>The latest normalized status of each printer, in memory.</summary>
public interface IPrinterStatusStore
{
    PrinterStatusDto? Get(Guid printerId);

    IReadOnlyCollection<PrinterStatusDto> All();

    void Set(PrinterStatusDto status);

    void Remove(Guid printerId);
}
