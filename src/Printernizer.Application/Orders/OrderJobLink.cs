using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Orders;

/// <summary>A job printed for an order line (<see cref="Pieces"/> parts per job).</summary>
public sealed record OrderJobLink(Guid OrderId, int LineNo, Guid JobId, int Pieces, JobStatus JobStatus);
