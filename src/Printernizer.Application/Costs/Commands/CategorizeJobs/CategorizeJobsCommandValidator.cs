using FluentValidation;

namespace Printernizer.Application.Costs.Commands.CategorizeJobs;

public sealed class CategorizeJobsCommandValidator : AbstractValidator<CategorizeJobsCommand>
{
    public CategorizeJobsCommandValidator()
    {
        RuleFor(x => x.JobIds).NotEmpty().WithMessage("Select at least one job.")
            .Must(ids => ids.Count <= 1000).WithMessage("At most 1000 jobs at once.");
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(1000).WithMessage("The reason can be at most 1,000 characters.");
    }
}
