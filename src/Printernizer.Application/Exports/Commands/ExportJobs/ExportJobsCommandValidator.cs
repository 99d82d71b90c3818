using FluentValidation;

namespace Printernizer.Application.Exports.Commands.ExportJobs;

public sealed class ExportJobsCommandValidator : AbstractValidator<ExportJobsCommand>
{
    public ExportJobsCommandValidator()
    {
        RuleFor(x => x.Format).Must(f => f is null || f.Equals("xlsx", StringComparison.OrdinalIgnoreCase) || f.Equals("csv", StringComparison.OrdinalIgnoreCase))
            .WithMessage("The format is xlsx or csv.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From.HasValue && x.To.HasValue)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(x => x.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= 3660).When(x => x.From.HasValue && x.To.HasValue)
            .WithMessage("The period can be at most 10 years.");
        RuleFor(x => x.Category).IsInEnum().When(x => x.Category.HasValue);
    }
}
