namespace Printernizer.Application.Queue;

/// <summary>
/// Optional driver capability: upload a file and start it. Implemented by drivers so the upload and the start use
/// the driver's own (single) connection. Throws ConflictException when the printer is busy (nothing sent) and
/// PrinterCommunicationException when the upload fails or the printer rejects the start.
/// </summary>
public interface IPrintDispatcher
{
    Task StartPrintAsync(PrintDispatchRequest request, CancellationToken cancellationToken);
}
