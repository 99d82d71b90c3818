namespace Printernizer.Application.Orders.Commands;

/// <summary>One order line: a file (by id once files exist, or by name) and how many pieces.</summary>
public sealed record OrderLineInput
{
    public string? FileId { get; init; }

    /// <example>halterung_v3.3mf</example>
    public string? FileName { get; init; }

    /// <example>12</example>
    public int Quantity { get; init; } = 1;

    /// <example>PETG</example>
    public string? MaterialType { get; init; }

    /// <example>#000000</example>
    public string? ColorHex { get; init; }
}
