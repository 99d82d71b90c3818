using FluentValidation;

namespace Printernizer.Application.Costs.Commands.UpdateCostSettings;

public sealed class UpdateCostSettingsCommandValidator : AbstractValidator<UpdateCostSettingsCommand>
{
    public UpdateCostSettingsCommandValidator()
    {
        RuleFor(x => x.ElectricityPerKwh).InclusiveBetween(0m, 10m).WithMessage("The electricity price is between 0 and 10 € per kWh.");
        RuleFor(x => x.DefaultPowerWatts).InclusiveBetween(0m, 10_000m).WithMessage("The power is between 0 and 10 000 W.");
        RuleFor(x => x.HeatUpKwh).InclusiveBetween(0m, 100m).WithMessage("The heat-up surcharge is between 0 and 100 kWh.");
        RuleFor(x => x.DefaultHourlyRate).InclusiveBetween(0m, 10_000m).WithMessage("The machine rate is between 0 and 10 000 € per hour.");
        RuleFor(x => x.LabourPerHour).InclusiveBetween(0m, 10_000m).WithMessage("The labour rate is between 0 and 10 000 € per hour.");
        RuleFor(x => x.SetupMinutesPerJob).InclusiveBetween(0m, 1440m).WithMessage("Setup minutes are between 0 and 1440.");
        RuleFor(x => x.PostprocessMinutesPerJob).InclusiveBetween(0m, 1440m).WithMessage("Post-processing minutes are between 0 and 1440.");
        RuleFor(x => x.FailureAllowancePercent).InclusiveBetween(0m, 100m).WithMessage("The failure allowance is between 0 and 100 %.");
        RuleFor(x => x.MarginPercent).InclusiveBetween(0m, 1000m).WithMessage("The markup is between 0 and 1000 %.");
        RuleFor(x => x.VatRatePercent).InclusiveBetween(0m, 100m).WithMessage("The VAT rate is between 0 and 100 %.");
        RuleForEach(x => x.FilamentPrices).ChildRules(p =>
        {
            p.RuleFor(x => x.MaterialType).NotEmpty().MaximumLength(40).WithMessage("Name the material type (e.g. PLA).");
            p.RuleFor(x => x.PricePerKg).InclusiveBetween(0m, 10_000m).WithMessage("The price is between 0 and 10 000 € per kg.");
        });
        RuleFor(x => x.FilamentPrices)
            .Must(p => p is null || p.Select(x => x.MaterialType?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == p.Count)
            .WithMessage("Each material type may have one price only.");
    }
}
