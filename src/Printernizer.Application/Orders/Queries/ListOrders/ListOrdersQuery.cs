using MediatR;
using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Orders.Queries.ListOrders;

/// <summary><c>GET /api/v1/orders?customerId&amp;status&amp;page&amp;pageSize</c>, newest number first.</summary>
public sealed record ListOrdersQuery : IRequest<PagedList<OrderDto>>
{
    public Guid? CustomerId { get; init; }

    /// <summary><c>draft</c>, <c>released</c>, <c>in_production</c>, <c>completed</c>, <c>delivered</c> or <c>cancelled</c>.</summary>
    /// <example>in_production</example>
    public string? Status { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
