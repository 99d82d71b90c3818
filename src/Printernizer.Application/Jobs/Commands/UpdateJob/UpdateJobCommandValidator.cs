using FluentValidation;

namespace Printernizer.Application.Jobs.Commands.UpdateJob;

public sealed class UpdateJobCommandValidator : AbstractValidator<UpdateJobCommand>
{
    public UpdateJobCommandValidator()
    {
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Notes).MaximumLength(4000);
        RuleFor(x => x.Reason).MaximumLength(1000).WithMessage("The reason can be at most 1,000 characters.");
        RuleFor(x => x.MaterialUsedGrams).InclusiveBetween(0m, 100_000m).When(x => x.MaterialUsedGrams.HasValue)
            .WithMessage("Material used is between 0 and 100 000 g.");
    }
}
