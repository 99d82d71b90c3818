using FluentValidation;

namespace Printernizer.Application.HomeAssistant.Commands.TestHomeAssistantConnection;

public sealed class TestHomeAssistantConnectionCommandValidator : AbstractValidator<TestHomeAssistantConnectionCommand>
{
    public TestHomeAssistantConnectionCommandValidator() => HomeAssistantSettingsInputValidator.AddRules(this, hostAlwaysRequired: true);
}
