namespace Printernizer.Application.Queue;

/// <summary>Queue settings.</summary>
public sealed record QueueSettingsDto
{
    /// <summary>Assign new items (and items waiting when a plate is cleared) to their top candidate automatically.</summary>
    /// <example>false</example>
    public bool AutoAssign { get; init; }
}
