namespace Printernizer.Application.Queue;

/// <summary>When a printer's plate was last confirmed cleared and when a job last started on it.</summary>
public sealed record PlateState(Guid PrinterId, DateTimeOffset? ClearedAt, DateTimeOffset? LastJobAt)
{
    /// <summary>Confirmed cleared since the last job (a printer without any confirmation is not cleared).</summary>
    public bool IsCleared => ClearedAt is { } cleared && (LastJobAt is not { } job || cleared >= job);
}
