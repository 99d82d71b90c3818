using Printernizer.Application.Customers;
using Printernizer.Domain.Jobs;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders;

/// <summary>Builds order DTOs with customer names, progress from linked jobs and the actual cost from frozen job costs.</summary>
public sealed class OrderDtoBuilder(IOrderRepository orders, ICustomerRepository customers, IJobCostLookup costs)
{
    public async Task<OrderDto> BuildAsync(Order order, CancellationToken cancellationToken) =>
        (await BuildAsync([order], cancellationToken))[0];

    public async Task<IReadOnlyList<OrderDto>> BuildAsync(IReadOnlyList<Order> list, CancellationToken cancellationToken)
    {
        if (list.Count == 0)
        {
            return [];
        }

        var links = await orders.ListJobLinksAsync(list.Select(o => o.Id).ToList(), cancellationToken);
        var names = await customers.GetManyAsync(list.Where(o => o.CustomerId is not null).Select(o => o.CustomerId!.Value).Distinct().ToList(), cancellationToken);
        var totals = links.Count == 0
            ? new Dictionary<Guid, decimal>()
            : await costs.GetFrozenTotalsAsync(links.Select(l => l.JobId).ToList(), cancellationToken);
        return list.Select(o => ToDto(o, links.Where(l => l.OrderId == o.Id).ToList(), names, totals)).ToList();
    }

    private static OrderDto ToDto(Order order, List<OrderJobLink> links, IReadOnlyDictionary<Guid, Customer> customers, IReadOnlyDictionary<Guid, decimal> totals)
    {
        var lines = order.Lines.OrderBy(l => l.LineNo).Select(l => new OrderLineDto
        {
            LineNo = l.LineNo,
            FileId = l.FileId,
            FileName = l.FileName,
            Quantity = l.Quantity,
            MaterialType = l.MaterialType,
            ColorHex = l.ColorHex,
            CompletedQuantity = links.Where(k => k.LineNo == l.LineNo && k.JobStatus == JobStatus.Completed).Sum(k => k.Pieces),
        }).ToList();
        var total = lines.Sum(l => l.Quantity);
        var completed = lines.Sum(l => Math.Min(l.CompletedQuantity, l.Quantity));
        var known = links.Where(l => totals.ContainsKey(l.JobId)).Select(l => totals[l.JobId]).ToList();
        decimal? actual = known.Count == 0 ? null : known.Sum();
        decimal? vat = order.QuotedNet is { } net ? Math.Round(net * order.VatRatePercent / 100m, 2, MidpointRounding.AwayFromZero) : null;
        return new OrderDto
        {
            Id = order.Id,
            Number = order.Number,
            CustomerId = order.CustomerId,
            CustomerName = order.CustomerId is { } id && customers.TryGetValue(id, out var c) ? c.Company ?? c.Name : null,
            Status = order.Status,
            DueDate = order.DueDate,
            Priority = order.Priority,
            Lines = lines,
            QuotedNet = order.QuotedNet,
            VatRatePercent = order.VatRatePercent,
            QuotedVat = vat,
            QuotedGross = order.QuotedNet + vat,
            ActualCost = actual,
            Margin = order.QuotedNet - actual,
            Progress = new OrderProgressDto
            {
                TotalQuantity = total,
                CompletedQuantity = completed,
                Percent = total == 0 ? 0 : Math.Round(completed * 100m / total, 1, MidpointRounding.AwayFromZero),
                LinkedJobs = links.Count,
                CompletedJobs = links.Count(l => l.JobStatus == JobStatus.Completed),
                FailedJobs = links.Count(l => l.JobStatus is JobStatus.Failed or JobStatus.Cancelled or JobStatus.Interrupted),
                OpenJobs = links.Count(l => l.JobStatus is JobStatus.Printing or JobStatus.Paused),
            },
            Notes = order.Notes,
            CreatedAt = order.CreatedAt,
            UpdatedAt = order.UpdatedAt,
            ReleasedAt = order.ReleasedAt,
            CompletedAt = order.CompletedAt,
            DeliveredAt = order.DeliveredAt,
            CancelledAt = order.CancelledAt,
        };
    }
}
