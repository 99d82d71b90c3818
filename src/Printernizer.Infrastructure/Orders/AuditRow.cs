using System.Text.Json;
using Printernizer.Application.Customers;

namespace Printernizer.Infrastructure.Orders;

internal sealed class AuditRow
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string? EntityId { get; init; }
    public string? BeforeJson { get; init; }
    public string? AfterJson { get; init; }

    public AuditEntryDto ToDto() => new()
    {
        Id = Id,
        OccurredAt = OccurredAt,
        Actor = Actor,
        Action = Action,
        EntityType = EntityType,
        EntityId = EntityId,
        Before = Parse(BeforeJson),
        After = Parse(AfterJson),
    };

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
