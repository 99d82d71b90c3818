using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Webhooks.Commands.UpdateWebhook;

/// <summary><c>PUT /api/v1/webhooks/{id}</c>: <see cref="Secret"/> left out keeps the stored one.</summary>
public sealed record UpdateWebhookCommand : WebhookInput, IRequest<WebhookDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public string? Secret { get; init; }
}
