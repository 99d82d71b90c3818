using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders;

public sealed record OrderFilter(Guid? CustomerId, OrderStatus? Status, int Page, int PageSize);
