using Printernizer.Domain.Orders;

namespace Printernizer.Infrastructure.Orders;

internal sealed class OrderLineRow
{
    public Guid OrderId { get; init; }
    public long LineNo { get; init; }
    public string? FileId { get; init; }
    public string? FileName { get; init; }
    public long Quantity { get; init; }
    public string? MaterialType { get; init; }
    public string? ColorHex { get; init; }

    public OrderLine ToLine() => new()
    {
        LineNo = (int)LineNo,
        FileId = FileId,
        FileName = FileName,
        Quantity = (int)Quantity,
        MaterialType = MaterialType,
        ColorHex = ColorHex,
    };
}
