using FluentValidation;

namespace Printernizer.Application.HomeAssistant.Commands.UpdateHomeAssistantSettings;

public sealed class UpdateHomeAssistantSettingsCommandValidator : AbstractValidator<UpdateHomeAssistantSettingsCommand>
{
    public UpdateHomeAssistantSettingsCommandValidator() => HomeAssistantSettingsInputValidator.AddRules(this, hostAlwaysRequired: false);
}
