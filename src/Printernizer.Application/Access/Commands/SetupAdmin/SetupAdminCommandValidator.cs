using FluentValidation;

namespace Printernizer.Application.Access.Commands.SetupAdmin;

public sealed class SetupAdminCommandValidator : AbstractValidator<SetupAdminCommand>
{
    public SetupAdminCommandValidator()
    {
        CredentialsValidation.UsernameRules(RuleFor(x => x.Username));
        RuleFor(x => x.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(10).WithMessage("Use at least 10 characters.")
            .MaximumLength(256);
    }
}
