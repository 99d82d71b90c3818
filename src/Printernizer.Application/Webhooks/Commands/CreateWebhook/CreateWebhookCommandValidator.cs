using FluentValidation;

namespace Printernizer.Application.Webhooks.Commands.CreateWebhook;

public sealed class CreateWebhookCommandValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookCommandValidator()
    {
        WebhookInputValidator.Apply(this);
        WebhookInputValidator.ApplySecret(this, x => x.Secret, required: true);
    }
}
