using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Printernizer.Application.Access;

namespace Printernizer.Api.Security;

/// <summary>Issues the SPA's session cookie for an admin (all scopes).</summary>
public static class SessionSignIn
{
    public static Task SignInAdminAsync(this HttpContext context, AdminDto admin)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, admin.Id.ToString("D")),
                new Claim(ClaimTypes.Name, admin.Username),
                new Claim(ClaimTypes.AuthenticationMethod, AuthSchemes.Cookie),
                new Claim(ScopePolicies.ScopeClaim, "admin"),
            ],
            AuthSchemes.Cookie);
        return context.SignInAsync(AuthSchemes.Cookie, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
    }
}
