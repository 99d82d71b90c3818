using MediatR;

namespace Printernizer.Application.Queue.Commands.ExpireStuckDispatches;

/// <summary>
/// Marks items that stayed <c>dispatching</c> longer than <see cref="QueueOptions.DispatchTimeout"/> (and never got a job) as
/// <c>failed</c> with "Dispatch timed out"; the printer is not contacted. Returns how many items timed out.
/// </summary>
public sealed record ExpireStuckDispatchesCommand : IRequest<int>;
