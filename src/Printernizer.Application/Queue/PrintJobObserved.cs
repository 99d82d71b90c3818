using MediatR;

namespace Printernizer.Application.Queue;

/// <summary>A printer reported a job as current: <see cref="Started"/> the first time, otherwise a (throttled) progress tick.</summary>
public sealed record PrintJobObserved(Guid JobId, Guid PrinterId, bool Started) : INotification;
