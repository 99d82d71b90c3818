using Printernizer.Domain.Access;

namespace Printernizer.Api.Security;

/// <summary>
/// Authorization policy names. A signed-in admin (cookie) has every scope; an API key has the scopes it was given,
/// and <c>admin</c> includes the others.
/// </summary>
public static class ScopePolicies
{
    public const string Read = "scope:read";
    public const string Export = "scope:export";
    public const string Control = "scope:control";
    public const string Admin = "scope:admin";

    public const string ScopeClaim = "scope";

    /// <summary>
    /// The scopes an endpoint needs, from its <c>[Authorize(Policy = …)]</c> attributes (controller and action), e.g.
    /// <c>["read", "control"]</c>; <c>admin</c> alone when admin is among them (it includes the others). Empty when the
    /// endpoint only needs a signed-in user or is public.
    /// </summary>
    public static IReadOnlyList<string> RequiredScopes(IEnumerable<object> endpointMetadata)
    {
        ArgumentNullException.ThrowIfNull(endpointMetadata);
        var scopes = endpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .Where(p => p.StartsWith("scope:", StringComparison.Ordinal))
            .Select(p => p["scope:".Length..])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => Array.IndexOf(Order, s))
            .ToList();
        return scopes.Contains("admin") ? ["admin"] : scopes;
    }

    /// <summary>The required scopes the user's API key lacks (a key with <c>admin</c> lacks none).</summary>
    public static IReadOnlyList<string> MissingScopes(IEnumerable<object> endpointMetadata, System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.HasClaim(ScopeClaim, "admin"))
        {
            return [];
        }

        return RequiredScopes(endpointMetadata).Where(s => !user.HasClaim(ScopeClaim, s)).ToList();
    }

    private static readonly string[] Order = ["read", "export", "control", "admin"];

    public static IEnumerable<(string Policy, ApiKeyScope Scope)> All =>
    [
        (Read, ApiKeyScope.Read), (Export, ApiKeyScope.Export), (Control, ApiKeyScope.Control), (Admin, ApiKeyScope.Admin),
    ];
}
