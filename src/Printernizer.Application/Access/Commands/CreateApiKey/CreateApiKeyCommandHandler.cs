using MediatR;
using Printernizer.Domain.Access;

namespace Printernizer.Application.Access.Commands.CreateApiKey;

public sealed class CreateApiKeyCommandHandler(IAccessRepository access, TimeProvider timeProvider)
    : IRequestHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var secret = ApiKeyHashing.NewKey();
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            Name = request.Name!.Trim(),
            Scopes = request.Scopes!.Distinct().Order().ToList(),
            KeyHash = ApiKeyHashing.Hash(secret),
            Prefix = secret[..8],
            CreatedAt = timeProvider.GetUtcNow(),
        };
        await access.AddApiKeyAsync(key, cancellationToken);
        return new CreatedApiKeyDto(key.Id, key.Name, key.Scopes, secret);
    }
}
