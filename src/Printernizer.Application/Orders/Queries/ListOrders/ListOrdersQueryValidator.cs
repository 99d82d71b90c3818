using FluentValidation;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Queries.ListOrders;

public sealed class ListOrdersQueryValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersQueryValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
        RuleFor(x => x.Status).Must(s => s is null || ListOrdersQueryHandler.ParseStatus(s) is not null)
            .WithMessage("Status is one of: " + string.Join(", ", Enum.GetValues<OrderStatus>().Select(Order.Name)) + ".");
    }
}
