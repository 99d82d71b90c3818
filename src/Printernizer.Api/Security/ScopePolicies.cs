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

    public static IEnumerable<(string Policy, ApiKeyScope Scope)> All =>
    [
        (Read, ApiKeyScope.Read), (Export, ApiKeyScope.Export), (Control, ApiKeyScope.Control), (Admin, ApiKeyScope.Admin),
    ];
}
