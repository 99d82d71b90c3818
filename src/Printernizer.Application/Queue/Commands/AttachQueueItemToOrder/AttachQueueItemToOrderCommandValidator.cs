using FluentValidation;

namespace Printernizer.Application.Queue.Commands.AttachQueueItemToOrder;

public sealed class AttachQueueItemToOrderCommandValidator : AbstractValidator<AttachQueueItemToOrderCommand>
{
    public AttachQueueItemToOrderCommandValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty().WithName("Order");
        RuleFor(c => c.LineNo).GreaterThan(0).WithName("Order line");
    }
}
