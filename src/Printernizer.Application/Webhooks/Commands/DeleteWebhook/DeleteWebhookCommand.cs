using MediatR;

namespace Printernizer.Application.Webhooks.Commands.DeleteWebhook;

/// <summary><c>DELETE /api/v1/webhooks/{id}</c> (with its delivery log).</summary>
public sealed record DeleteWebhookCommand(Guid Id) : IRequest;
