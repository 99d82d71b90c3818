using MediatR;

namespace Printernizer.Application.Materials.Commands.DeleteMaterial;

/// <summary><c>DELETE /api/v1/materials/{id}</c>: only a material without spools (409 otherwise; archive its spools instead).</summary>
public sealed record DeleteMaterialCommand(Guid Id) : IRequest<Unit>;
