using MediatR;
using Printernizer.Application.Common.Exceptions;

namespace Printernizer.Application.Orders.Queries.GetOrder;

public sealed class GetOrderQueryHandler(IOrderRepository orders, OrderDtoBuilder dtos) : IRequestHandler<GetOrderQuery, OrderDto>
{
    public async Task<OrderDto> Handle(GetOrderQuery request, CancellationToken cancellationToken) =>
        await dtos.BuildAsync(await orders.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Order", request.Id), cancellationToken);
}
