namespace Printernizer.Application.Queue;

/// <summary>Reaches the running driver of a printer to dispatch a print (503 when not connected).</summary>
public interface IPrinterDispatch
{
    Task StartPrintAsync(Guid printerId, PrintDispatchRequest request, CancellationToken cancellationToken);
}
