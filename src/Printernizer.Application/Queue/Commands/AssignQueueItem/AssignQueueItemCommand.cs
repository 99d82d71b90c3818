using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Queue.Commands.AssignQueueItem;

/// <summary><c>POST /api/v1/queue/{id}/assign</c>: assigns a waiting item to a printer whose format and model suit the file.</summary>
public sealed record AssignQueueItemCommand : IRequest<QueueItemDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Guid PrinterId { get; init; }
}
