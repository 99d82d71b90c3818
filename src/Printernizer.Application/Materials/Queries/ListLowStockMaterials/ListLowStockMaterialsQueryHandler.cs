using MediatR;

namespace Printernizer.Application.Materials.Queries.ListLowStockMaterials;

public sealed class ListLowStockMaterialsQueryHandler(IMaterialRepository materials) : IRequestHandler<ListLowStockMaterialsQuery, IReadOnlyList<MaterialDto>>
{
    public Task<IReadOnlyList<MaterialDto>> Handle(ListLowStockMaterialsQuery request, CancellationToken cancellationToken) =>
        materials.ListAsync(new MaterialFilter(null, null, true), cancellationToken);
}
