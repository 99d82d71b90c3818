using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Jobs;

namespace Printernizer.Application.Orders.Commands.UnlinkJobFromOrder;

public sealed class UnlinkJobFromOrderCommandHandler(IOrderRepository orders, IJobRepository jobs, IAuditLog audit, ICurrentUser user)
    : IRequestHandler<UnlinkJobFromOrderCommand, Unit>
{
    public async Task<Unit> Handle(UnlinkJobFromOrderCommand request, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(request.JobId, cancellationToken) ?? throw NotFoundException.For("Job", request.JobId);
        if (await orders.UnlinkJobAsync(job.Id, cancellationToken))
        {
            await audit.WriteAsync(new AuditEntry(user.Actor, "job.unlinked_from_order", "job", job.Id.ToString("D"), new { job.OrderId }), cancellationToken);
        }

        return Unit.Value;
    }
}
