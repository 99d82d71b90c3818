using MediatR;

namespace Printernizer.Application.Webhooks.Queries.ListWebhookDeliveries;

/// <summary><c>GET /api/v1/webhooks/{id}/deliveries</c>: the latest deliveries, newest first.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid Id, int Limit = 100) : IRequest<IReadOnlyList<WebhookDeliveryDto>>;
