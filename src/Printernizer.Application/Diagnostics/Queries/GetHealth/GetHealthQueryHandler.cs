using System.Reflection;
using MediatR;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers;

namespace Printernizer.Application.Diagnostics.Queries.GetHealth;

public sealed class GetHealthQueryHandler(ISystemProbe probe, IPrinterRepository printers, IPrinterStatusStore statuses)
    : IRequestHandler<GetHealthQuery, HealthDto>
{
    private static readonly string Version =
        typeof(GetHealthQueryHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public async Task<HealthDto> Handle(GetHealthQuery request, CancellationToken cancellationToken)
    {
        var databaseOk = await probe.DatabaseOkAsync(cancellationToken);
        var total = databaseOk ? (await printers.ListAsync(cancellationToken)).Count(p => p.IsActive) : 0;
        var connected = statuses.All().Count(s => s.Connected);
        return new HealthDto(databaseOk ? "ok" : "degraded", Version, databaseOk ? "ok" : "unavailable", new PrinterCountsDto(total, connected));
    }
}
