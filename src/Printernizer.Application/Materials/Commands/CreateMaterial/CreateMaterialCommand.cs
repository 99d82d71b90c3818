using MediatR;

namespace Printernizer.Application.Materials.Commands.CreateMaterial;

/// <summary><c>POST /api/v1/materials</c>.</summary>
public sealed record CreateMaterialCommand : MaterialInput, IRequest<MaterialDto>;
