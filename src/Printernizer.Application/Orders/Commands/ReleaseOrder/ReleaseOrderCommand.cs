using MediatR;

namespace Printernizer.Application.Orders.Commands.ReleaseOrder;

/// <summary><c>POST /api/v1/orders/{id}/release</c>: draft → released; publishes <see cref="OrderReleased"/> for the queue.</summary>
public sealed record ReleaseOrderCommand(Guid Id) : IRequest<OrderDto>;
