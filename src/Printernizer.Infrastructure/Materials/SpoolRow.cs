using Printernizer.Application.Materials;
using Printernizer.Domain.Materials;

namespace Printernizer.Infrastructure.Materials;

internal sealed class SpoolRow
{
    public Guid Id { get; init; }
    public Guid MaterialId { get; init; }
    public long InitialMg { get; init; }
    public long RemainingMg { get; init; }
    public string? Lot { get; init; }
    public string? Location { get; init; }
    public DateTimeOffset? OpenedAt { get; init; }
    public long Archived { get; init; }
    public long NeedsRecount { get; init; }
    public string? PrinterId { get; init; }
    public string? SlotId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? MaterialType { get; init; }
    public string? Brand { get; init; }
    public string? ColorHex { get; init; }
    public long? LowStockMg { get; init; }

    public Spool ToSpool() => new()
    {
        Id = Id,
        MaterialId = MaterialId,
        InitialGrams = Milligrams.ToGrams(InitialMg),
        RemainingGrams = Milligrams.ToGrams(RemainingMg),
        Lot = Lot,
        Location = Location,
        OpenedAt = OpenedAt,
        Archived = Archived != 0,
        NeedsRecount = NeedsRecount != 0,
        PrinterId = PrinterId is null ? null : Guid.Parse(PrinterId),
        SlotId = SlotId,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
    };

    public SpoolDto ToDto() => new()
    {
        Id = Id,
        MaterialId = MaterialId,
        MaterialType = MaterialType,
        Brand = Brand,
        ColorHex = ColorHex,
        InitialGrams = Milligrams.ToGrams(InitialMg),
        RemainingGrams = Milligrams.ToGrams(RemainingMg),
        Lot = Lot,
        Location = Location,
        OpenedAt = OpenedAt,
        Archived = Archived != 0,
        NeedsRecount = NeedsRecount != 0,
        LowStock = LowStockMg is { } threshold && RemainingMg < threshold,
        PrinterId = PrinterId is null ? null : Guid.Parse(PrinterId),
        SlotId = SlotId,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
    };
}
