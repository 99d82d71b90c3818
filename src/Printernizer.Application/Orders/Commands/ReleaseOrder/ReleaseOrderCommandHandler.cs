using MediatR;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands.ReleaseOrder;

public sealed class ReleaseOrderCommandHandler(OrderStatusChanger changer) : IRequestHandler<ReleaseOrderCommand, OrderDto>
{
    public Task<OrderDto> Handle(ReleaseOrderCommand request, CancellationToken cancellationToken) =>
        changer.MoveAsync(request.Id, OrderStatus.Released, cancellationToken);
}
