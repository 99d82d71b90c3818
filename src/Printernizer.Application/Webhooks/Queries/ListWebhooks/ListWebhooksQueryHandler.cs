using MediatR;

namespace Printernizer.Application.Webhooks.Queries.ListWebhooks;

public sealed class ListWebhooksQueryHandler(IWebhookRepository webhooks) : IRequestHandler<ListWebhooksQuery, IReadOnlyList<WebhookDto>>
{
    public async Task<IReadOnlyList<WebhookDto>> Handle(ListWebhooksQuery request, CancellationToken cancellationToken) =>
        (await webhooks.ListAsync(cancellationToken)).Select(WebhookDto.From).ToList();
}
