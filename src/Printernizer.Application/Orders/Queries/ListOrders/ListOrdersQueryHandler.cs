using MediatR;
using Printernizer.Application.Common.Models;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Queries.ListOrders;

public sealed class ListOrdersQueryHandler(IOrderRepository orders, OrderDtoBuilder dtos) : IRequestHandler<ListOrdersQuery, PagedList<OrderDto>>
{
    public async Task<PagedList<OrderDto>> Handle(ListOrdersQuery request, CancellationToken cancellationToken)
    {
        var page = await orders.ListAsync(new OrderFilter(request.CustomerId, request.Status is null ? null : ParseStatus(request.Status), request.Page, request.PageSize), cancellationToken);
        return new PagedList<OrderDto>(await dtos.BuildAsync(page.Items, cancellationToken), page.Page, page.PageSize, page.TotalCount);
    }

    internal static OrderStatus? ParseStatus(string text) =>
        Enum.GetValues<OrderStatus>().Select(s => (OrderStatus?)s).FirstOrDefault(s => string.Equals(Order.Name(s!.Value), text, StringComparison.OrdinalIgnoreCase));
}
