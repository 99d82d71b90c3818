using FluentValidation;

namespace Printernizer.Application.Materials.Commands.UpdateSpool;

public sealed class UpdateSpoolCommandValidator : AbstractValidator<UpdateSpoolCommand>
{
    public UpdateSpoolCommandValidator()
    {
        RuleFor(x => x.InitialGrams).GreaterThan(0m).LessThanOrEqualTo(100_000m);
        RuleFor(x => x.RemainingGrams).InclusiveBetween(0m, 100_000m).When(x => x.RemainingGrams.HasValue);
        RuleFor(x => x.Lot).MaximumLength(80);
        RuleFor(x => x.Location).MaximumLength(200);
    }
}
