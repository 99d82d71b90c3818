using MediatR;

namespace Printernizer.Application.Queue.Commands.UpdateQueueSettings;

/// <summary><c>PUT /api/v1/settings/queue</c>.</summary>
public sealed record UpdateQueueSettingsCommand : IRequest<QueueSettingsDto>
{
    /// <example>true</example>
    public bool AutoAssign { get; init; }
}
