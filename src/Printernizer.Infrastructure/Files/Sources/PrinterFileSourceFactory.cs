using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Files;
using Printernizer.Application.Printers.Commands.PinPrinterCertificate;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Ftps;

namespace Printernizer.Infrastructure.Files.Sources;

/// <summary>Creates the file source for a printer's kind: Bambu → FTPS, Prusa → PrusaLink, simulated → samples.</summary>
public sealed class PrinterFileSourceFactory(
    SimulatedFileStore simulated,
    PrusaFolderCache prusaCache,
    FtpsSessionGate ftpsGate,
    FilesOptions options,
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    ILoggerFactory loggers) : IPrinterFileSourceFactory
{
    public IPrinterFileSource Create(PrinterConnectionSettings settings) => settings.Kind switch
    {
        PrinterKind.Simulated => new SimulatedFileSource(settings.PrinterId, simulated),
        PrinterKind.Prusa => new PrusaLinkFileSource(settings, prusaCache, timeProvider),
        PrinterKind.Bambu => new BambuFtpsFileSource(
            settings,
            ftpsGate,
            options,
            (fingerprint, ct) => PinAsync(settings.PrinterId, fingerprint, ct),
            timeProvider,
            loggers.CreateLogger<BambuFtpsFileSource>()),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, "Unknown printer kind."),
    };

    private async Task PinAsync(Guid printerId, string fingerprint, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PinPrinterCertificateCommand(printerId, fingerprint), cancellationToken);
    }
}
