using MediatR;

namespace Printernizer.Application.Access.Commands.SetupAdmin;

/// <summary>Creates the first admin account; only while none exists.</summary>
public sealed record SetupAdminCommand : IRequest<AdminDto>
{
    /// <example>admin</example>
    public string? Username { get; init; }

    /// <example>a long passphrase</example>
    public string? Password { get; init; }
}
