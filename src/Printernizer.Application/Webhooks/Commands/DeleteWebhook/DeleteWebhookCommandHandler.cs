using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Webhooks.Commands.DeleteWebhook;

public sealed class DeleteWebhookCommandHandler(IWebhookRepository webhooks, IAuditLog audit, ICurrentUser user) : IRequestHandler<DeleteWebhookCommand>
{
    public async Task<Unit> Handle(DeleteWebhookCommand request, CancellationToken cancellationToken)
    {
        if (!await webhooks.DeleteAsync(request.Id, cancellationToken))
        {
            throw NotFoundException.For("Webhook", request.Id);
        }

        await audit.WriteAsync(new AuditEntry(user.Actor, "webhook.deleted", "webhook", request.Id.ToString("D")), cancellationToken);
        return Unit.Value;
    }
}
