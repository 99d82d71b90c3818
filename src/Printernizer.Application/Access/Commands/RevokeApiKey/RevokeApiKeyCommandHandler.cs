using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Access.Commands.RevokeApiKey;

public sealed class RevokeApiKeyCommandHandler(IAccessRepository access) : IRequestHandler<RevokeApiKeyCommand>
{
    public async Task<Unit> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        if (!await access.DeleteApiKeyAsync(request.Id, cancellationToken))
        {
            throw NotFoundException.For("API key", request.Id);
        }

        return Unit.Value;
    }
}
