namespace Printernizer.Application.Queue.Queries.ListPlateStates;

/// <summary>One printer's plate confirmation.</summary>
public sealed record PlateStateDto
{
    public Guid PrinterId { get; init; }

    /// <example>A1 Werkstatt</example>
    public required string PrinterName { get; init; }

    /// <summary>Confirmed cleared since the last job started: the queue may dispatch to it.</summary>
    /// <example>true</example>
    public bool Cleared { get; init; }

    public DateTimeOffset? ClearedAt { get; init; }

    public DateTimeOffset? LastJobAt { get; init; }
}
