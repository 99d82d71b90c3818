using MediatR;

namespace Printernizer.Application.Materials.Queries.ListMaterials;

/// <summary><c>GET /api/v1/materials?type&amp;brand&amp;lowStock</c>, ordered by type, brand, colour.</summary>
public sealed record ListMaterialsQuery : IRequest<IReadOnlyList<MaterialDto>>
{
    /// <example>PLA</example>
    public string? Type { get; init; }

    /// <example>Bambu Lab</example>
    public string? Brand { get; init; }

    /// <summary>true: only materials below their low-stock threshold; false: only those above.</summary>
    public bool? LowStock { get; init; }
}
