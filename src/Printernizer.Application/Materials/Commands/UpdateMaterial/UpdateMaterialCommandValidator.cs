namespace Printernizer.Application.Materials.Commands.UpdateMaterial;

public sealed class UpdateMaterialCommandValidator : MaterialInputValidator<UpdateMaterialCommand>;
