using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Queue.Commands.DispatchQueueItem;

/// <summary>
/// <c>POST /api/v1/queue/{id}/dispatch</c>: uploads an assigned item's file to its printer and starts it. Only after the
/// plate was confirmed cleared since the last job (409) and while the printer is not busy (409). A blocking problem
/// (material not loaded, printer offline) answers 409 with the <c>problems</c> unless <c>override</c> is set;
/// an override is written to the audit log with the problems and the reason.
/// </summary>
public sealed record DispatchQueueItemCommand : IRequest<QueueItemDto>
{
    public DispatchQueueItemCommand()
    {
    }

    public DispatchQueueItemCommand(Guid id) => Id = id;

    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>Dispatch although the printer has blocking problems (material not loaded, offline); audited.</summary>
    /// <example>false</example>
    public bool Override { get; init; }

    /// <summary>Why the problems were overridden (kept in the audit log).</summary>
    /// <example>Black PETG is loaded; the AMS reports it wrongly.</example>
    public string? Reason { get; init; }
}
