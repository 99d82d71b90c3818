using FluentValidation;

namespace Printernizer.Application.Webhooks.Commands.UpdateWebhook;

public sealed class UpdateWebhookCommandValidator : AbstractValidator<UpdateWebhookCommand>
{
    public UpdateWebhookCommandValidator()
    {
        WebhookInputValidator.Apply(this);
        WebhookInputValidator.ApplySecret(this, x => x.Secret, required: false);
    }
}
