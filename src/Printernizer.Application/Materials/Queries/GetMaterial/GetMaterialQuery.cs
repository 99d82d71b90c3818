using MediatR;

namespace Printernizer.Application.Materials.Queries.GetMaterial;

public sealed record GetMaterialQuery(Guid Id) : IRequest<MaterialDto>;
