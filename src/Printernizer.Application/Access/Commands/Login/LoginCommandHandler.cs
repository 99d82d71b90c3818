using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Access.Commands.Login;

public sealed class LoginCommandHandler(IAccessRepository access, IPasswordHasher hasher) : IRequestHandler<LoginCommand, AdminDto>
{
    // Verified against when the user does not exist, so a wrong user name costs as long as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    public async Task<AdminDto> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var user = await access.FindAdminAsync(request.Username!.Trim(), cancellationToken);
        var valid = hasher.Verify(request.Password!, user?.PasswordHash ?? DummyHash.Value);
        if (user is null || !valid)
        {
            throw new UnauthorizedException("Wrong user name or password.");
        }

        return new AdminDto(user.Id, user.Username);
    }
}
