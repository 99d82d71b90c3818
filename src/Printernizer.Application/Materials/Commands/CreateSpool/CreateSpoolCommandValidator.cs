using FluentValidation;

namespace Printernizer.Application.Materials.Commands.CreateSpool;

public sealed class CreateSpoolCommandValidator : AbstractValidator<CreateSpoolCommand>
{
    public CreateSpoolCommandValidator()
    {
        RuleFor(x => x.MaterialId).NotEmpty();
        RuleFor(x => x.InitialGrams).GreaterThan(0m).LessThanOrEqualTo(100_000m);
        RuleFor(x => x.RemainingGrams).InclusiveBetween(0m, 100_000m).When(x => x.RemainingGrams.HasValue);
        RuleFor(x => x.Lot).MaximumLength(80);
        RuleFor(x => x.Location).MaximumLength(200);
    }
}
