using Microsoft.Extensions.Logging;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Bambu;
using Printernizer.Infrastructure.Printers.Prusa;
using Printernizer.Infrastructure.Printers.Simulated;

namespace Printernizer.Infrastructure.Printers;

/// <summary>Creates the driver for a printer's kind.</summary>
public sealed class PrinterDriverFactory(SimulationOptions simulation, PrusaDriverOptions prusa, BambuDriverOptions bambu, TimeProvider timeProvider, ILoggerFactory loggers) : IPrinterDriverFactory
{
    public IPrinterDriver Create(PrinterConnectionSettings settings) => settings.Kind switch
    {
        PrinterKind.Simulated => new SimulatedPrinterDriver(settings, simulation, timeProvider),
        PrinterKind.Bambu => BambuPrinterDriver.Create(settings, timeProvider, loggers.CreateLogger<BambuPrinterDriver>(), bambu),
        PrinterKind.Prusa => new PrusaPrinterDriver(settings, prusa, timeProvider, loggers.CreateLogger<PrusaPrinterDriver>()),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, "Unknown printer kind."),
    };

    public async Task<ConnectionTestResult> TestConnectionAsync(PrinterConnectionSettings settings, CancellationToken cancellationToken)
    {
        switch (settings.Kind)
        {
            case PrinterKind.Simulated:
                return new ConnectionTestResult(true, "The simulated printer is always reachable.", new Dictionary<string, string?> { ["model"] = "simulated" });
            case PrinterKind.Bambu:
                return await BambuConnectionTester.TestAsync(settings, timeProvider, loggers.CreateLogger<BambuPrinterDriver>(), bambu, cancellationToken: cancellationToken);
            case PrinterKind.Prusa:
                await using (var driver = new PrusaPrinterDriver(settings, prusa, timeProvider, loggers.CreateLogger<PrusaPrinterDriver>()))
                {
                    return await driver.TestConnectionAsync(cancellationToken);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, "Unknown printer kind.");
        }
    }
}
