using Printernizer.Application.Materials;
using Printernizer.Domain.Materials;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Materials;

internal sealed class ConsumptionRow
{
    public long Id { get; init; }
    public Guid SpoolId { get; init; }
    public string? JobId { get; init; }
    public long Mg { get; init; }
    public string Kind { get; init; } = "";
    public DateTimeOffset BookedAt { get; init; }
    public string Actor { get; init; } = "";
    public string? Reason { get; init; }
    public long RemainingAfterMg { get; init; }

    public ConsumptionDto ToDto() => new()
    {
        Id = Id,
        SpoolId = SpoolId,
        JobId = JobId is null ? null : Guid.Parse(JobId),
        Grams = Milligrams.ToGrams(Mg),
        Kind = EnumText.Parse<ConsumptionKind>(Kind),
        BookedAt = BookedAt,
        Actor = Actor,
        Reason = Reason,
        RemainingAfterGrams = Milligrams.ToGrams(RemainingAfterMg),
    };
}
