using FluentValidation;

namespace Printernizer.Application.Analytics.Queries;

/// <summary>Rules shared by the analytics queries.</summary>
public abstract class AnalyticsQueryValidator<T> : AbstractValidator<T>
    where T : AnalyticsQuery
{
    protected AnalyticsQueryValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From.HasValue && x.To.HasValue)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(x => x.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= 3660).When(x => x.From.HasValue && x.To.HasValue)
            .WithMessage("The period can be at most 10 years.");
        RuleFor(x => x.Category).IsInEnum().When(x => x.Category.HasValue);
    }
}
