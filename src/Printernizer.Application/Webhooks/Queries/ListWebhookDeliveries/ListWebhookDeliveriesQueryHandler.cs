using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Webhooks.Queries.ListWebhookDeliveries;

public sealed class ListWebhookDeliveriesQueryHandler(IWebhookRepository webhooks) : IRequestHandler<ListWebhookDeliveriesQuery, IReadOnlyList<WebhookDeliveryDto>>
{
    public async Task<IReadOnlyList<WebhookDeliveryDto>> Handle(ListWebhookDeliveriesQuery request, CancellationToken cancellationToken)
    {
        _ = await webhooks.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Webhook", request.Id);
        return (await webhooks.ListDeliveriesAsync(request.Id, Math.Clamp(request.Limit, 1, 500), cancellationToken)).Select(WebhookDeliveryDto.From).ToList();
    }
}
