using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials.Commands.UpdateMaterial;

public sealed class UpdateMaterialCommandHandler(IMaterialRepository materials, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<UpdateMaterialCommand, MaterialDto>
{
    public async Task<MaterialDto> Handle(UpdateMaterialCommand request, CancellationToken cancellationToken)
    {
        var material = await materials.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Material", request.Id);
        var before = Copy(material);
        material.Type = request.Type.Trim();
        material.Brand = request.Brand.Trim();
        material.ColorName = string.IsNullOrWhiteSpace(request.ColorName) ? null : request.ColorName.Trim();
        material.ColorHex = ColorHex.Normalize(request.ColorHex);
        material.PricePerKg = request.PricePerKg;
        material.DensityGcm3 = request.DensityGcm3;
        material.LowStockGrams = request.LowStockGrams;
        material.UpdatedAt = timeProvider.GetUtcNow();
        await materials.UpdateAsync(material, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "material.updated", "material", material.Id.ToString("D"), before, material), cancellationToken);
        return (await materials.GetDtoAsync(material.Id, cancellationToken))!;
    }

    private static Material Copy(Material m) => new()
    {
        Id = m.Id, Type = m.Type, Brand = m.Brand, ColorName = m.ColorName, ColorHex = m.ColorHex, PricePerKg = m.PricePerKg,
        DensityGcm3 = m.DensityGcm3, LowStockGrams = m.LowStockGrams, CreatedAt = m.CreatedAt, UpdatedAt = m.UpdatedAt,
    };
}
