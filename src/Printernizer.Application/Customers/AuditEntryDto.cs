using System.Text.Json;

namespace Printernizer.Application.Customers;

/// <summary>One audit-log row (GDPR export).</summary>
public sealed record AuditEntryDto
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public string? EntityId { get; init; }
    public JsonElement? Before { get; init; }
    public JsonElement? After { get; init; }
}
