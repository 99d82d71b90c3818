using System.Security.Claims;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Api.Security;

/// <summary>The actor of the current HTTP request, for the audit log.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Actor
    {
        get
        {
            if (ActorOverride.Current is { } actor)
            {
                return actor;
            }

            var user = accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return "system";
            }

            // An account is shown by its user name ("admin"); an API key by its name, marked as a key.
            return user.FindFirstValue(ClaimTypes.AuthenticationMethod) == AuthSchemes.ApiKey
                ? $"api-key:{user.Identity.Name}"
                : user.Identity.Name ?? "admin";
        }
    }
}
