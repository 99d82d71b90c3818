using FluentValidation;

namespace Printernizer.Application.Access.Commands.Login;

public sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(x => x.Username).NotEmpty().WithMessage("Enter your user name.").MaximumLength(64);
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(256);
    }
}
