using Printernizer.Application.Jobs;
using Printernizer.Application.Orders;

namespace Printernizer.Application.Customers;

/// <summary>Everything stored about one customer (GDPR Art. 15/20).</summary>
public sealed record CustomerExportDto
{
    public DateTimeOffset ExportedAt { get; init; }
    public required CustomerDto Customer { get; init; }
    public IReadOnlyList<OrderDto> Orders { get; init; } = [];
    public IReadOnlyList<JobDto> Jobs { get; init; } = [];
    public IReadOnlyList<AuditEntryDto> AuditEntries { get; init; } = [];
}
