using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Webhooks.Queries.GetWebhook;

public sealed class GetWebhookQueryHandler(IWebhookRepository webhooks) : IRequestHandler<GetWebhookQuery, WebhookDto>
{
    public async Task<WebhookDto> Handle(GetWebhookQuery request, CancellationToken cancellationToken) =>
        WebhookDto.From(await webhooks.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Webhook", request.Id));
}
