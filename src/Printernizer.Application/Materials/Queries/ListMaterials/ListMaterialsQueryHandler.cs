using MediatR;

namespace Printernizer.Application.Materials.Queries.ListMaterials;

public sealed class ListMaterialsQueryHandler(IMaterialRepository materials) : IRequestHandler<ListMaterialsQuery, IReadOnlyList<MaterialDto>>
{
    public Task<IReadOnlyList<MaterialDto>> Handle(ListMaterialsQuery request, CancellationToken cancellationToken) =>
        materials.ListAsync(new MaterialFilter(Clean(request.Type), Clean(request.Brand), request.LowStock), cancellationToken);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
