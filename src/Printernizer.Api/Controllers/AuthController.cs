using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Printernizer.Api.Security;
using Printernizer.Application.Access;
using Printernizer.Application.Access.Commands.Login;
using Printernizer.Application.Access.Commands.SetupAdmin;
using Printernizer.Application.Access.Queries.GetSetupStatus;

namespace Printernizer.Api.Controllers;

/// <summary>First-run setup and the web client's session.</summary>
[Route("api/v1/auth")]
public sealed class AuthController : ApiControllerBase
{
    /// <summary>Whether the first-run setup still has to create the admin account (public).</summary>
    [HttpGet("status")]
    [AllowAnonymous]
    [ProducesResponseType<SetupStatusDto>(StatusCodes.Status200OK)]
    public async Task<SetupStatusDto> Status(CancellationToken cancellationToken) => await Mediator.Send(new GetSetupStatusQuery(), cancellationToken);

    /// <summary>Creates the first admin account and signs it in; only while none exists.</summary>
    [HttpPost("setup")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthSchemes.LoginRateLimit)]
    [ProducesResponseType<AdminDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<ActionResult<AdminDto>> Setup(SetupAdminCommand command, CancellationToken cancellationToken)
    {
        var admin = await Mediator.Send(command, cancellationToken);
        await HttpContext.SignInAdminAsync(admin);
        return StatusCode(StatusCodes.Status201Created, admin);
    }

    /// <summary>Signs in and sets the HttpOnly session cookie. Rate limited per client address.</summary>
    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthSchemes.LoginRateLimit)]
    [ProducesResponseType<AdminDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<AdminDto> Login(LoginCommand command, CancellationToken cancellationToken)
    {
        var admin = await Mediator.Send(command, cancellationToken);
        await HttpContext.SignInAdminAsync(admin);
        return admin;
    }

    /// <summary>Ends the session.</summary>
    [HttpPost("logout")]
    [AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<NoContentResult> Logout()
    {
        await HttpContext.SignOutAsync(AuthSchemes.Cookie);
        return NoContent();
    }

    /// <summary>Who is signed in (or which API key is used).</summary>
    [HttpGet("me")]
    [ProducesResponseType<MeDto>(StatusCodes.Status200OK)]
    public MeDto Me() => new(
        User.Identity?.Name ?? string.Empty,
        User.FindFirst(System.Security.Claims.ClaimTypes.AuthenticationMethod)?.Value == AuthSchemes.ApiKey ? "api_key" : "session",
        User.FindAll(ScopePolicies.ScopeClaim).Select(c => c.Value).ToList());
}
