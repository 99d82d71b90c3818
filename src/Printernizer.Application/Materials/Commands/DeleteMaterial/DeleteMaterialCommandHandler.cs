using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Materials.Commands.DeleteMaterial;

public sealed class DeleteMaterialCommandHandler(IMaterialRepository materials, IAuditLog audit, ICurrentUser user) : IRequestHandler<DeleteMaterialCommand, Unit>
{
    public async Task<Unit> Handle(DeleteMaterialCommand request, CancellationToken cancellationToken)
    {
        var material = await materials.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Material", request.Id);
        if (!await materials.DeleteAsync(request.Id, cancellationToken))
        {
            throw new ConflictException("The material has spools with bookings or stock; archive the spools instead of deleting the material.");
        }

        await audit.WriteAsync(new AuditEntry(user.Actor, "material.deleted", "material", material.Id.ToString("D"), material), cancellationToken);
        return Unit.Value;
    }
}
