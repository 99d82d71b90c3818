using FluentValidation;

namespace Printernizer.Application.Jobs.Queries.ListJobs;

public sealed class ListJobsQueryValidator : AbstractValidator<ListJobsQuery>
{
    public ListJobsQueryValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From.HasValue && x.To.HasValue)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(x => x.Sort).Must(s => s is null || ListJobsQuery.SortFields.Contains(s.TrimStart('-')))
            .WithMessage("Sort by one of: " + string.Join(", ", ListJobsQuery.SortFields) + " (prefix - for descending).");
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Category).IsInEnum();
    }
}
