using FluentValidation;

namespace Printernizer.Application.Access;

/// <summary>Rules for user names and passwords, shared by setup and login.</summary>
internal static class CredentialsValidation
{
    public static void UsernameRules<T>(IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a user name.")
            .MaximumLength(64)
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage("Use letters, digits and . _ @ - only.");
}
