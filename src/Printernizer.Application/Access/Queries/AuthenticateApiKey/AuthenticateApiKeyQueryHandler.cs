using MediatR;

namespace Printernizer.Application.Access.Queries.AuthenticateApiKey;

public sealed class AuthenticateApiKeyQueryHandler(IAccessRepository access, TimeProvider timeProvider)
    : IRequestHandler<AuthenticateApiKeyQuery, ApiKeyDto?>
{
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<ApiKeyDto?> Handle(AuthenticateApiKeyQuery request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Key) || request.Key.Length > 200 || !request.Key.StartsWith(ApiKeyHashing.KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = await access.FindApiKeyByHashAsync(ApiKeyHashing.Hash(request.Key), cancellationToken);
        if (key is null)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > TouchInterval)
        {
            key.LastUsedAt = now;
            await access.TouchApiKeyAsync(key.Id, now, cancellationToken);
        }

        return ApiKeyDto.From(key);
    }
}
