using FluentValidation;

namespace Printernizer.Application.Orders.Commands.LinkJobToOrder;

public sealed class LinkJobToOrderCommandValidator : AbstractValidator<LinkJobToOrderCommand>
{
    public LinkJobToOrderCommandValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty();
        RuleFor(x => x.LineNo).GreaterThanOrEqualTo(1);
        RuleFor(x => x.Pieces).InclusiveBetween(1, 10_000);
    }
}
