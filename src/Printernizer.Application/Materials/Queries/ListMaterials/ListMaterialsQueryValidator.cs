using FluentValidation;

namespace Printernizer.Application.Materials.Queries.ListMaterials;

public sealed class ListMaterialsQueryValidator : AbstractValidator<ListMaterialsQuery>
{
    public ListMaterialsQueryValidator()
    {
        RuleFor(x => x.Type).MaximumLength(40);
        RuleFor(x => x.Brand).MaximumLength(80);
    }
}
