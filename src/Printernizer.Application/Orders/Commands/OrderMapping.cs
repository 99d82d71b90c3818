using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Customers;
using Printernizer.Application.Materials;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands;

internal static class OrderMapping
{
    public static async Task CheckCustomerAsync(ICustomerRepository customers, Guid? customerId, CancellationToken cancellationToken)
    {
        if (customerId is { } id)
        {
            var customer = await customers.GetAsync(id, cancellationToken);
            if (customer is null)
            {
                throw ValidationException.ForField("CustomerId", $"Customer '{id}' does not exist.");
            }

            if (customer.IsAnonymized)
            {
                throw ValidationException.ForField("CustomerId", "The customer was anonymized and cannot get new orders.");
            }
        }
    }

    public static void Apply(OrderInput input, Order order)
    {
        order.CustomerId = input.CustomerId;
        order.DueDate = input.DueDate;
        order.Priority = input.Priority;
        order.QuotedNet = input.QuotedNet;
        order.VatRatePercent = input.VatRatePercent;
        order.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        order.Lines.Clear();
        order.Lines.AddRange(input.Lines.Select((l, i) => new OrderLine
        {
            LineNo = i + 1,
            FileId = string.IsNullOrWhiteSpace(l.FileId) ? null : l.FileId.Trim(),
            FileName = string.IsNullOrWhiteSpace(l.FileName) ? null : l.FileName.Trim(),
            Quantity = l.Quantity,
            MaterialType = string.IsNullOrWhiteSpace(l.MaterialType) ? null : l.MaterialType.Trim(),
            ColorHex = ColorHex.Normalize(l.ColorHex),
        }));
    }

    /// <summary>What the audit log keeps about an order: numbers, amounts, dates, lines; the customer only by id.</summary>
    public static object AuditView(Order o) => new
    {
        o.Number,
        o.CustomerId,
        Status = Order.Name(o.Status),
        o.DueDate,
        Priority = o.Priority.ToString().ToLowerInvariant(),
        o.QuotedNet,
        o.VatRatePercent,
        Lines = o.Lines.Select(l => new { l.LineNo, l.FileId, l.FileName, l.Quantity, l.MaterialType, l.ColorHex }).ToList(),
    };
}
