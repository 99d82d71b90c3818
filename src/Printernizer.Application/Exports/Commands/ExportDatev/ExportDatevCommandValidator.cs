using FluentValidation;

namespace Printernizer.Application.Exports.Commands.ExportDatev;

public sealed class ExportDatevCommandValidator : AbstractValidator<ExportDatevCommand>
{
    public ExportDatevCommandValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From.HasValue && x.To.HasValue)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(x => x.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= 1830).When(x => x.From.HasValue && x.To.HasValue)
            .WithMessage("Export at most 5 years at once.");
    }
}
