namespace Printernizer.Application.Materials.Commands.CreateMaterial;

public sealed class CreateMaterialCommandValidator : MaterialInputValidator<CreateMaterialCommand>;
