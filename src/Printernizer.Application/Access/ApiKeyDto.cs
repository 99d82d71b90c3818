using Printernizer.Domain.Access;

namespace Printernizer.Application.Access;

/// <summary>An API key as listed (never the key itself).</summary>
public sealed record ApiKeyDto(Guid Id, string Name, IReadOnlyList<ApiKeyScope> Scopes, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt)
{
    public static ApiKeyDto From(ApiKey key) => new(key.Id, key.Name, key.Scopes, key.Prefix, key.CreatedAt, key.LastUsedAt);
}
