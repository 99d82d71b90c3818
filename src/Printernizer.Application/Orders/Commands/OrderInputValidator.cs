using FluentValidation;
using Printernizer.Application.Materials;

namespace Printernizer.Application.Orders.Commands;

public abstract class OrderInputValidator<T> : AbstractValidator<T>
    where T : OrderInput
{
    protected OrderInputValidator()
    {
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.Lines).NotEmpty().WithMessage("An order needs at least one line.");
        RuleFor(x => x.Lines.Count).LessThanOrEqualTo(200).OverridePropertyName("lines").WithMessage("At most 200 lines.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, 100_000);
            line.RuleFor(l => l.FileId).MaximumLength(200);
            line.RuleFor(l => l.FileName).MaximumLength(260);
            line.RuleFor(l => l).Must(l => !string.IsNullOrWhiteSpace(l.FileId) || !string.IsNullOrWhiteSpace(l.FileName))
                .OverridePropertyName("fileName").WithMessage("Give the line's fileId or fileName.");
            line.RuleFor(l => l.MaterialType).MaximumLength(40);
            line.RuleFor(l => l.ColorHex).Must(c => ColorHex.IsValid(c!)).When(l => l.ColorHex is not null)
                .WithMessage("Use #RRGGBB or #RRGGBBAA, e.g. #000000.");
        });
        RuleFor(x => x.QuotedNet).InclusiveBetween(0m, 10_000_000m).When(x => x.QuotedNet.HasValue);
        RuleFor(x => x.QuotedNet).Must(v => v!.Value == Math.Round(v.Value, 2)).When(x => x.QuotedNet.HasValue)
            .WithMessage("Amounts have at most two decimals (cents).");
        RuleFor(x => x.VatRatePercent).InclusiveBetween(0m, 100m);
        RuleFor(x => x.Notes).MaximumLength(4000);
    }
}
