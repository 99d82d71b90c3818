using MediatR;
using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs;

/// <summary>A job reached an end state (completed, failed, cancelled, interrupted).</summary>
public sealed record PrintJobEnded(Guid JobId, Guid PrinterId, JobStatus Status) : INotification;
