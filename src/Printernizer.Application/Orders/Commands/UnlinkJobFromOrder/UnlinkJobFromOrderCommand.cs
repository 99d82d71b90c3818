using MediatR;

namespace Printernizer.Application.Orders.Commands.UnlinkJobFromOrder;

/// <summary><c>DELETE /api/v1/jobs/{id}/order</c>: the job no longer counts for any order.</summary>
public sealed record UnlinkJobFromOrderCommand(Guid JobId) : IRequest<Unit>;
