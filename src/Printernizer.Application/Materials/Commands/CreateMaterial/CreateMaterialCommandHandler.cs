using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials.Commands.CreateMaterial;

public sealed class CreateMaterialCommandHandler(IMaterialRepository materials, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<CreateMaterialCommand, MaterialDto>
{
    public async Task<MaterialDto> Handle(CreateMaterialCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var material = new Material
        {
            Id = Guid.NewGuid(),
            Type = request.Type.Trim(),
            Brand = request.Brand.Trim(),
            ColorName = string.IsNullOrWhiteSpace(request.ColorName) ? null : request.ColorName.Trim(),
            ColorHex = ColorHex.Normalize(request.ColorHex),
            PricePerKg = request.PricePerKg,
            DensityGcm3 = request.DensityGcm3,
            LowStockGrams = request.LowStockGrams,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await materials.AddAsync(material, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "material.created", "material", material.Id.ToString("D"), null, material), cancellationToken);
        return (await materials.GetDtoAsync(material.Id, cancellationToken))!;
    }
}
