namespace Printernizer.Application.Orders;

public sealed record OrderLineDto
{
    /// <example>1</example>
    public int LineNo { get; init; }

    /// <summary>File id of the Files feature (free text until files exist).</summary>
    public string? FileId { get; init; }

    /// <example>halterung_v3.3mf</example>
    public string? FileName { get; init; }

    /// <example>12</example>
    public int Quantity { get; init; }

    /// <example>PETG</example>
    public string? MaterialType { get; init; }

    /// <example>#000000</example>
    public string? ColorHex { get; init; }

    /// <summary>Pieces printed by completed jobs linked to this line.</summary>
    /// <example>4</example>
    public int CompletedQuantity { get; init; }
}
