using MediatR;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Access;

namespace Printernizer.Application.Access.Commands.SetupAdmin;

public sealed class SetupAdminCommandHandler(IAccessRepository access, IPasswordHasher hasher, TimeProvider timeProvider)
    : IRequestHandler<SetupAdminCommand, AdminDto>
{
    public async Task<AdminDto> Handle(SetupAdminCommand request, CancellationToken cancellationToken)
    {
        if (await access.AnyAdminAsync(cancellationToken))
        {
            throw new ConflictException("Setup is already complete: an admin account exists. Sign in instead.");
        }

        var user = new AdminUser
        {
            Id = Guid.NewGuid(),
            Username = request.Username!.Trim(),
            PasswordHash = hasher.Hash(request.Password!),
            CreatedAt = timeProvider.GetUtcNow(),
        };
        if (!await access.TryAddFirstAdminAsync(user, cancellationToken))
        {
            throw new ConflictException("Setup is already complete: an admin account exists. Sign in instead.");
        }

        return new AdminDto(user.Id, user.Username);
    }
}
