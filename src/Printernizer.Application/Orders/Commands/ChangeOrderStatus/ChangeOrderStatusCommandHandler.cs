using MediatR;

namespace Printernizer.Application.Orders.Commands.ChangeOrderStatus;

public sealed class ChangeOrderStatusCommandHandler(OrderStatusChanger changer) : IRequestHandler<ChangeOrderStatusCommand, OrderDto>
{
    public Task<OrderDto> Handle(ChangeOrderStatusCommand request, CancellationToken cancellationToken) =>
        changer.MoveAsync(request.Id, request.Status!.Value, cancellationToken);
}
