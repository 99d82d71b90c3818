using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Access;
using Printernizer.Application.Access.Commands.CreateApiKey;
using Printernizer.Application.Access.Commands.RevokeApiKey;
using Printernizer.Application.Access.Queries.ListApiKeys;

namespace Printernizer.Api.Controllers;

/// <summary>API keys for scripts and integrators (admin only). A key is shown once, when created.</summary>
[Route("api/v1/api-keys")]
[Authorize(Policy = ScopePolicies.Admin)]
public sealed class ApiKeysController : ApiControllerBase
{
    /// <summary>All keys (name, scopes, prefix, last use; never the key).</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ApiKeyDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<ApiKeyDto>> List(CancellationToken cancellationToken) =>
        await Mediator.Send(new ListApiKeysQuery(), cancellationToken);

    /// <summary>Creates a key with scopes. The response's <c>key</c> is shown only this once.</summary>
    [HttpPost]
    [ProducesResponseType<CreatedApiKeyDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<CreatedApiKeyDto>> Create(CreateApiKeyCommand command, CancellationToken cancellationToken) =>
        StatusCode(StatusCodes.Status201Created, await Mediator.Send(command, cancellationToken));

    /// <summary>Revokes a key: it stops working at once.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<NoContentResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        await Mediator.Send(new RevokeApiKeyCommand(id), cancellationToken);
        return NoContent();
    }
}
