using FluentValidation;

namespace Printernizer.Application.Webhooks.Commands;

/// <summary>Shared rules for webhook fields.</summary>
public static class WebhookInputValidator
{
    public static void Apply<T>(AbstractValidator<T> validator)
        where T : WebhookInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.Url).NotEmpty().MaximumLength(2000)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage("The URL must be an absolute http:// or https:// address.");
        validator.RuleFor(x => x.Events).NotEmpty().WithMessage("Subscribe to at least one event.");
        validator.RuleForEach(x => x.Events).Must(e => WebhookEvents.All.Contains(e))
            .WithMessage("Unknown event; use " + string.Join(", ", WebhookEvents.All) + ".");
    }

    public static void ApplySecret<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> secret, bool required)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var rule = validator.RuleFor(secret);
        if (required)
        {
            rule.NotEmpty();
        }

        rule.MinimumLength(16).MaximumLength(256).When(x => secret.Compile()(x) is not null).WithMessage("The secret has 16 to 256 characters.");
    }
}
