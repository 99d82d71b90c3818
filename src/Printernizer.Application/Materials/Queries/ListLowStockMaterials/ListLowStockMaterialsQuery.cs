using MediatR;

namespace Printernizer.Application.Materials.Queries.ListLowStockMaterials;

/// <summary><c>GET /api/v1/materials/low-stock</c>: materials below their threshold (dashboard warning).</summary>
public sealed record ListLowStockMaterialsQuery : IRequest<IReadOnlyList<MaterialDto>>;
