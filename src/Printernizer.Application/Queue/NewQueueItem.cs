using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>Copies of a file to add to the queue.</summary>
public sealed record NewQueueItem(
    Guid FileId,
    int Copies,
    QueuePriority Priority,
    DateOnly? DueDate = null,
    Guid? OrderId = null,
    int? OrderLineNo = null,
    string? FileName = null,
    string? MaterialType = null,
    string? ColorHex = null);
