using FluentValidation;

namespace Printernizer.Application.Materials.Commands;

public abstract class MaterialInputValidator<T> : AbstractValidator<T>
    where T : MaterialInput
{
    protected MaterialInputValidator()
    {
        RuleFor(x => x.Type).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Brand).NotEmpty().MaximumLength(80);
        RuleFor(x => x.ColorName).MaximumLength(80);
        RuleFor(x => x.ColorHex).Must(ColorHex.IsValid!).When(x => x.ColorHex is not null)
            .WithMessage("Use #RRGGBB or #RRGGBBAA, e.g. #F5F5F0.");
        RuleFor(x => x.PricePerKg).InclusiveBetween(0m, 10_000m);
        RuleFor(x => x.DensityGcm3).GreaterThan(0m).LessThanOrEqualTo(25m);
        RuleFor(x => x.LowStockGrams).InclusiveBetween(0m, 1_000_000m).When(x => x.LowStockGrams.HasValue);
    }
}
