namespace Printernizer.Domain.Orders;

/// <summary>One position of an order: what to print and how many.</summary>
public sealed class OrderLine
{
    public int LineNo { get; init; }

    /// <summary>Id of the file in the Files feature (free text until files exist).</summary>
    public string? FileId { get; init; }

    public string? FileName { get; init; }
    public int Quantity { get; init; }
    public string? MaterialType { get; init; }
    public string? ColorHex { get; init; }
}
