using System.Collections.Concurrent;
using Printernizer.Application.Monitoring;

namespace Printernizer.Infrastructure.Monitoring;

/// <summary>Latest status per printer, in memory (rebuilt from the printers after a restart).</summary>
public sealed class InMemoryPrinterStatusStore : IPrinterStatusStore
{
    private readonly ConcurrentDictionary<Guid, PrinterStatusDto> _statuses = new();

    public PrinterStatusDto? Get(Guid printerId) => _statuses.GetValueOrDefault(printerId);

    public IReadOnlyCollection<PrinterStatusDto> All() => [.. _statuses.Values];

    public void Set(PrinterStatusDto status) => _statuses[status.PrinterId] = status;

    public void Remove(Guid printerId) => _statuses.TryRemove(printerId, out _);
}
