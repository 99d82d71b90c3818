using MediatR;

namespace Printernizer.Application.Webhooks.Commands.CreateWebhook;

/// <summary><c>POST /api/v1/webhooks</c>.</summary>
public sealed record CreateWebhookCommand : WebhookInput, IRequest<WebhookDto>
{
    /// <summary>HMAC-SHA256 key for <c>X-Printernizer-Signature</c> (write-only, 16–256 characters).</summary>
    /// <example>a-long-random-shared-secret</example>
    public string? Secret { get; init; }
}
