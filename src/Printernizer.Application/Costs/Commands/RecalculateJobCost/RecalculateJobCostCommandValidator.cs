using FluentValidation;

namespace Printernizer.Application.Costs.Commands.RecalculateJobCost;

public sealed class RecalculateJobCostCommandValidator : AbstractValidator<RecalculateJobCostCommand>
{
    public RecalculateJobCostCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the cost is recalculated (it is stored with the revision).")
            .MaximumLength(1000).WithMessage("The reason can be at most 1,000 characters.");
    }
}
