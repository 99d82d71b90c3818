using MediatR;

namespace Printernizer.Application.Webhooks.Queries.ListWebhooks;

public sealed record ListWebhooksQuery : IRequest<IReadOnlyList<WebhookDto>>;
