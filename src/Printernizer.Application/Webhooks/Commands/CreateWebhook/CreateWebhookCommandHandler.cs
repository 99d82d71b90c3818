using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Webhooks;

namespace Printernizer.Application.Webhooks.Commands.CreateWebhook;

public sealed class CreateWebhookCommandHandler(IWebhookRepository webhooks, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<CreateWebhookCommand, WebhookDto>
{
    public async Task<WebhookDto> Handle(CreateWebhookCommand request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var webhook = new Webhook
        {
            Id = Guid.NewGuid(),
            Url = request.Url.Trim(),
            Events = request.Events.Distinct(StringComparer.Ordinal).ToList(),
            Secret = request.Secret!,
            IsActive = request.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await webhooks.AddAsync(webhook, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "webhook.created", "webhook", webhook.Id.ToString("D"), null, new { webhook.Url, webhook.Events }), cancellationToken);
        return WebhookDto.From(webhook);
    }
}
