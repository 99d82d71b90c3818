using MediatR;

namespace Printernizer.Application.Orders.Queries.GetOrder;

public sealed record GetOrderQuery(Guid Id) : IRequest<OrderDto>;
