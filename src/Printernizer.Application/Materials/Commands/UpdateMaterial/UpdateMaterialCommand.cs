using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Materials.Commands.UpdateMaterial;

/// <summary><c>PUT /api/v1/materials/{id}</c>: replaces every field. Past bookings keep their grams.</summary>
public sealed record UpdateMaterialCommand : MaterialInput, IRequest<MaterialDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}
