namespace Printernizer.Application.Materials;

/// <summary>A spool with its stock and where it is loaded.</summary>
public sealed record SpoolDto
{
    public Guid Id { get; init; }
    public Guid MaterialId { get; init; }

    /// <example>PLA</example>
    public string? MaterialType { get; init; }

    /// <example>Bambu Lab</example>
    public string? Brand { get; init; }

    /// <example>#F5F5F0</example>
    public string? ColorHex { get; init; }

    /// <example>1000</example>
    public decimal InitialGrams { get; init; }

    /// <example>812.4</example>
    public decimal RemainingGrams { get; init; }

    /// <example>L2026-113</example>
    public string? Lot { get; init; }

    /// <example>Regal 2, Fach 3</example>
    public string? Location { get; init; }

    public DateTimeOffset? OpenedAt { get; init; }
    public bool Archived { get; init; }

    /// <summary>A booking would have taken the spool below zero; weigh it and set <c>remainingGrams</c>.</summary>
    public bool NeedsRecount { get; init; }

    /// <summary>True when the spool alone is below its material's low-stock threshold.</summary>
    public bool LowStock { get; init; }

    /// <summary>Printer the spool is loaded in (null when on the shelf).</summary>
    public Guid? PrinterId { get; init; }

    /// <summary>Slot in that printer: Bambu <c>ams0-tray2</c> / <c>external</c>, Prusa <c>extruder</c>.</summary>
    /// <example>ams0-tray2</example>
    public string? SlotId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
