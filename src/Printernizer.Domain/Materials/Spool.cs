namespace Printernizer.Domain.Materials;

/// <summary>One physical spool of a material, optionally loaded in a printer slot.</summary>
public sealed class Spool
{
    public Guid Id { get; init; }
    public Guid MaterialId { get; init; }
    public decimal InitialGrams { get; set; }
    public decimal RemainingGrams { get; set; }
    public string? Lot { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public bool Archived { get; set; }

    /// <summary>A booking would have taken the spool below zero: weigh it and set the remaining grams.</summary>
    public bool NeedsRecount { get; set; }

    public Guid? PrinterId { get; set; }

    /// <summary>The printer slot the spool is loaded in ("ams0-tray2", "external", "extruder").</summary>
    public string? SlotId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
