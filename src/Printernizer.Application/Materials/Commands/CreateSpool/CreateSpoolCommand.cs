using MediatR;

namespace Printernizer.Application.Materials.Commands.CreateSpool;

/// <summary><c>POST /api/v1/spools</c>. <c>remainingGrams</c> defaults to <c>initialGrams</c>.</summary>
public sealed record CreateSpoolCommand : IRequest<SpoolDto>
{
    public Guid MaterialId { get; init; }

    /// <example>1000</example>
    public decimal InitialGrams { get; init; }

    /// <example>1000</example>
    public decimal? RemainingGrams { get; init; }

    /// <example>L2026-113</example>
    public string? Lot { get; init; }

    /// <example>Regal 2, Fach 3</example>
    public string? Location { get; init; }

    public DateTimeOffset? OpenedAt { get; init; }
}
