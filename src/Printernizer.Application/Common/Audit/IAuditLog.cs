namespace Printernizer.Application.Common.Audit;

/// <summary>Append-only record of who changed or controlled what (GoBD, control actions).</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);
}

/// <summary>One audit row; <see cref="Before"/>/<see cref="After"/> are serialized as JSON.</summary>
public sealed record AuditEntry(string Actor, string Action, string EntityType, string? EntityId, object? Before = null, object? After = null);
