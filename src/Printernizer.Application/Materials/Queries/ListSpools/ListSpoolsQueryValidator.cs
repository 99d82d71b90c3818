using FluentValidation;

namespace Printernizer.Application.Materials.Queries.ListSpools;

public sealed class ListSpoolsQueryValidator : AbstractValidator<ListSpoolsQuery>
{
    public ListSpoolsQueryValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
        RuleFor(x => x.Type).MaximumLength(40);
        RuleFor(x => x.Brand).MaximumLength(80);
    }
}
