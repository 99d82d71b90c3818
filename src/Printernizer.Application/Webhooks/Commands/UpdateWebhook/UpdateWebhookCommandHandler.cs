using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Webhooks.Commands.UpdateWebhook;

public sealed class UpdateWebhookCommandHandler(IWebhookRepository webhooks, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<UpdateWebhookCommand, WebhookDto>
{
    public async Task<WebhookDto> Handle(UpdateWebhookCommand request, CancellationToken cancellationToken)
    {
        var webhook = await webhooks.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Webhook", request.Id);
        var before = new { webhook.Url, webhook.Events, webhook.IsActive };
        webhook.Url = request.Url.Trim();
        webhook.Events = request.Events.Distinct(StringComparer.Ordinal).ToList();
        webhook.IsActive = request.Active;
        if (!string.IsNullOrEmpty(request.Secret))
        {
            webhook.Secret = request.Secret;
        }

        webhook.UpdatedAt = timeProvider.GetUtcNow();
        await webhooks.UpdateAsync(webhook, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "webhook.updated", "webhook", webhook.Id.ToString("D"), before, new { webhook.Url, webhook.Events, webhook.IsActive }), cancellationToken);
        return WebhookDto.From(webhook);
    }
}
