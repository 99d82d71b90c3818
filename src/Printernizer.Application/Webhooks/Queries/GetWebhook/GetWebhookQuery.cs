using MediatR;

namespace Printernizer.Application.Webhooks.Queries.GetWebhook;

public sealed record GetWebhookQuery(Guid Id) : IRequest<WebhookDto>;
