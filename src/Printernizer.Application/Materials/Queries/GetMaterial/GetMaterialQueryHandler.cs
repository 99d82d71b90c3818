using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Materials.Queries.GetMaterial;

public sealed class GetMaterialQueryHandler(IMaterialRepository materials) : IRequestHandler<GetMaterialQuery, MaterialDto>
{
    public async Task<MaterialDto> Handle(GetMaterialQuery request, CancellationToken cancellationToken) =>
        await materials.GetDtoAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Material", request.Id);
}
