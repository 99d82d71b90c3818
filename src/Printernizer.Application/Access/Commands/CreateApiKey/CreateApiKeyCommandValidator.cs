using FluentValidation;

namespace Printernizer.Application.Access.Commands.CreateApiKey;

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the key after what uses it.").MaximumLength(100)
            .Must(n => n is null || !n.Any(char.IsControl)).WithMessage("The name must not contain control characters.");
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("Give the key at least one scope: read, export, control or admin.");
        RuleForEach(x => x.Scopes).IsInEnum();
    }
}
