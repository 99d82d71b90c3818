using MediatR;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Commands.CreatePrinter;
using Printernizer.Domain.Printers;

namespace Printernizer.Api.Infrastructure;

/// <summary><c>--demo</c>: adds two simulated printers on first start so the dashboard comes alive without hardware.</summary>
public sealed class DemoSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DemoSeeder> logger) : IHostedService
{
    public static readonly string[] DemoPrinters = ["A1 (demo)", "Core One (demo)"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(StartupArguments.DemoKey, false))
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var printers = scope.ServiceProvider.GetRequiredService<IPrinterRepository>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var name in DemoPrinters)
        {
            if (await printers.NameExistsAsync(name, null, cancellationToken))
            {
                continue;
            }

            await mediator.Send(new CreatePrinterCommand { Name = name, Kind = PrinterKind.Simulated, PowerWatts = name.StartsWith("A1", StringComparison.Ordinal) ? 95 : 110 }, cancellationToken);
            logger.LogInformation("Demo mode: added the simulated printer '{Name}'", name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
