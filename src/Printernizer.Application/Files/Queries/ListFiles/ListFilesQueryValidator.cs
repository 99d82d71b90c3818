using FluentValidation;

namespace Printernizer.Application.Files.Queries.ListFiles;

public sealed class ListFilesQueryValidator : AbstractValidator<ListFilesQuery>
{
    public ListFilesQueryValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Type).Must(t => t is null || ListFilesQuery.Types.Contains(t))
            .WithMessage("Type is one of: " + string.Join(", ", ListFilesQuery.Types) + ".");
        RuleFor(x => x.Sort).Must(s => s is null || ListFilesQuery.SortFields.Contains(s.TrimStart('-')))
            .WithMessage("Sort by one of: " + string.Join(", ", ListFilesQuery.SortFields) + " (prefix - for descending).");
    }
}
