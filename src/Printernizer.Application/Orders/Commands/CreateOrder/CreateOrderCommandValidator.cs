using FluentValidation;

namespace Printernizer.Application.Orders.Commands.CreateOrder;

public sealed class CreateOrderCommandValidator : OrderInputValidator<CreateOrderCommand>
{
    public CreateOrderCommandValidator()
    {
        RuleFor(x => x.IdempotencyKey).MaximumLength(200).Matches("^[\\x21-\\x7E]+$").When(x => x.IdempotencyKey is not null)
            .OverridePropertyName("Idempotency-Key").WithMessage("The Idempotency-Key header is 1 to 200 visible ASCII characters.");
    }
}
