using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Materials.Commands.UpdateSpool;

/// <summary>
/// <c>PUT /api/v1/spools/{id}</c>: replaces lot, location, opened date, initial grams and archived. A different
/// <c>remainingGrams</c> is a recount: it is booked as an <c>adjustment</c> row and clears <c>needsRecount</c>.
/// Archiving a spool takes it out of its printer slot.
/// </summary>
public sealed record UpdateSpoolCommand : IRequest<SpoolDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <example>1000</example>
    public decimal InitialGrams { get; init; }

    /// <summary>Weighed remaining grams (leave out to keep the booked figure).</summary>
    /// <example>640</example>
    public decimal? RemainingGrams { get; init; }

    /// <example>L2026-113</example>
    public string? Lot { get; init; }

    /// <example>Regal 2, Fach 3</example>
    public string? Location { get; init; }

    public DateTimeOffset? OpenedAt { get; init; }

    public bool Archived { get; init; }
}
