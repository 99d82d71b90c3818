using MediatR;

namespace Printernizer.Application.Queue.Queries.GetQueueSettings;

public sealed record GetQueueSettingsQuery : IRequest<QueueSettingsDto>;
