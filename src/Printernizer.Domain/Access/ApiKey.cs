namespace Printernizer.Domain.Access;

/// <summary>A key for scripts and integrators. Only its SHA-256 hash is stored; the key is shown once.</summary>
public sealed class ApiKey
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<ApiKeyScope> Scopes { get; init; }
    public required string KeyHash { get; init; }
    /// <summary>The first characters of the key, to recognise it in lists.</summary>
    public required string Prefix { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool Allows(ApiKeyScope scope) => Scopes.Contains(ApiKeyScope.Admin) || Scopes.Contains(scope);
}
