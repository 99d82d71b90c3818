using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Application.Printers.Commands.TestPrinterConnection;

public sealed class TestPrinterConnectionCommandHandler(IPrinterRepository printers, IPrinterDriverFactory drivers)
    : IRequestHandler<TestPrinterConnectionCommand, ConnectionTestResult>
{
    public async Task<ConnectionTestResult> Handle(TestPrinterConnectionCommand request, CancellationToken cancellationToken)
    {
        var printer = await printers.GetAsync(request.PrinterId, cancellationToken) ?? throw NotFoundException.For("Printer", request.PrinterId);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            return await drivers.TestConnectionAsync(PrinterConnectionSettings.From(printer), timeout.Token);
        }
        catch (PrinterCommunicationException ex)
        {
            return new ConnectionTestResult(false, ex.Message, new Dictionary<string, string?>());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ConnectionTestResult(false, $"No answer from {printer.Host} within 20 seconds.", new Dictionary<string, string?>());
        }
    }
}
