using MediatR;

namespace Printernizer.Application.Access.Commands.Login;

/// <summary>Checks an admin's credentials (the Api then issues the session cookie).</summary>
public sealed record LoginCommand : IRequest<AdminDto>
{
    /// <example>admin</example>
    public string? Username { get; init; }

    /// <example>a long passphrase</example>
    public string? Password { get; init; }
}
