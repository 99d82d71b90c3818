using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Webhooks;
using Printernizer.Application.Webhooks.Commands.CreateWebhook;
using Printernizer.Application.Webhooks.Commands.DeleteWebhook;
using Printernizer.Application.Webhooks.Commands.UpdateWebhook;
using Printernizer.Application.Webhooks.Queries.GetWebhook;
using Printernizer.Application.Webhooks.Queries.ListWebhookDeliveries;
using Printernizer.Application.Webhooks.Queries.ListWebhooks;

namespace Printernizer.Api.Controllers;

/// <summary>
/// ERP webhooks: job.started, job.progress (at most every 30 s per job), job.completed, job.failed, order.completed.
/// Each POST carries <c>X-Printernizer-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body with the secret&gt;</c>,
/// <c>X-Printernizer-Event</c> and <c>X-Printernizer-Delivery</c>; failed deliveries are retried with exponential backoff.
/// </summary>
[Route("api/v1/webhooks")]
[Authorize(Policy = ScopePolicies.Admin)]
public sealed class WebhooksController : ApiControllerBase
{
    /// <summary>All webhooks (secrets are never returned).</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<WebhookDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<WebhookDto>> List(CancellationToken cancellationToken) =>
        await Mediator.Send(new ListWebhooksQuery(), cancellationToken);

    /// <summary>Creates a webhook.</summary>
    [HttpPost]
    [ProducesResponseType<WebhookDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<WebhookDto>> Create(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var created = await Mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>One webhook.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<WebhookDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<WebhookDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetWebhookQuery(id), cancellationToken);

    /// <summary>Changes a webhook; a secret left out keeps the stored one.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<WebhookDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<WebhookDto> Update(Guid id, UpdateWebhookCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command with { Id = id }, cancellationToken);

    /// <summary>Deletes a webhook and its delivery log.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<NoContentResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        await Mediator.Send(new DeleteWebhookCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>The latest deliveries of a webhook, newest first: status, attempts, last HTTP status or error, payload.</summary>
    /// <param name="id">The webhook.</param>
    /// <param name="limit">How many (1–500, default 100).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id:guid}/deliveries")]
    [ProducesResponseType<IReadOnlyList<WebhookDeliveryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<WebhookDeliveryDto>> Deliveries(Guid id, [FromQuery] int limit = 100, CancellationToken cancellationToken = default) =>
        await Mediator.Send(new ListWebhookDeliveriesQuery(id, limit), cancellationToken);
}
