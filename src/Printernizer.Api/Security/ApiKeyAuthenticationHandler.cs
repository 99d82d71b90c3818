using System.Security.Claims;
using System.Text.Encodings.Web;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Printernizer.Application.Access.Queries.AuthenticateApiKey;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Api.Security;

/// <summary>Authenticates <c>X-Api-Key</c> against the stored key hashes; scopes become claims.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString().Trim();
        var key = await mediator.Send(new AuthenticateApiKeyQuery(presented), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString("D")),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.AuthenticationMethod, AuthSchemes.ApiKey),
        };
        claims.AddRange(key.Scopes.Select(s => new Claim(ScopePolicies.ScopeClaim, EnumText.ToText(s))));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSchemes.ApiKey));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, AuthSchemes.ApiKey));
    }
}
